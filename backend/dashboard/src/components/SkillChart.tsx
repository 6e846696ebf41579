import { tokens } from '@fluentui/react-components';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { percent, skillName } from '../format';

export interface SkillChartProps {
  skills: { skill: string; score: number }[];
  label: string;
}

/** Scores by skill, 0–100 %, as horizontal bars. */
export function SkillChart({ skills, label }: SkillChartProps) {
  const data = skills.map((s) => ({ name: skillName(s.skill), score: Math.round(s.score * 100) }));
  return (
    <div role="img" aria-label={`${label}: ${skills.map((s) => `${skillName(s.skill)} ${percent(s.score)}`).join(', ')}`}>
      <ResponsiveContainer width="100%" height={Math.max(120, 44 * data.length + 40)}>
        <BarChart data={data} layout="vertical" margin={{ left: 24, right: 24 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" domain={[0, 100]} unit="%" />
          <YAxis type="category" dataKey="name" width={150} />
          <Tooltip formatter={(v) => `${String(v)}%`} />
          <Bar dataKey="score" fill={tokens.colorBrandBackground} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
