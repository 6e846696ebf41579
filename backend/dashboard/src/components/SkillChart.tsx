import { makeStyles, tokens } from '@fluentui/react-components';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { percent, skillName } from '../format';

export interface SkillChartProps {
  skills: { skill: string; score: number }[];
  label: string;
}

// A chart is measured for the screen and is not redrawn for the page, so paper gets the figures as a list.
const useStyles = makeStyles({
  screen: { '@media print': { display: 'none' } },
  paper: { display: 'none', '@media print': { display: 'block' } },
});

/** Scores by skill, 0–100 %, as horizontal bars (a list when printed). */
export function SkillChart({ skills, label }: SkillChartProps) {
  const styles = useStyles();
  const data = skills.map((s) => ({ name: skillName(s.skill), score: Math.round(s.score * 100) }));
  return (
    <>
      <ul className={styles.paper}>
        {skills.map((s) => (
          <li key={s.skill}>
            {skillName(s.skill)}: {percent(s.score)}
          </li>
        ))}
      </ul>
      <div
        className={styles.screen}
        role="img"
        aria-label={`${label}: ${skills.map((s) => `${skillName(s.skill)} ${percent(s.score)}`).join(', ')}`}
      >
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
    </>
  );
}
