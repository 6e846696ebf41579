import {
  Field,
  Input,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Analytics } from '../../../../shared/api/dashboard';
import type { DashboardApi } from '../api';
import { AssessmentPicker } from '../components/AssessmentPicker';
import { PageHeading, Section, useLayout } from '../components/layout';
import { PageState } from '../components/PageState';
import { SkillChart } from '../components/SkillChart';
import { Tiles } from '../components/Tiles';
import { useLoad } from '../components/use-load';
import { percent, skillName, timeRange } from '../format';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

export interface AnalyticsPageProps {
  api: DashboardApi;
}

export function AnalyticsPage({ api }: AnalyticsPageProps) {
  const l = useLayout();
  const [assessments] = useLoad(() => api.assessments(true), []);
  const [assessmentId, setAssessmentId] = useState<string | null>(null);
  const [from, setFrom] = useState(daysAgo(90));
  const [to, setTo] = useState(daysAgo(0));
  const [figures, reload] = useLoad(
    () => api.analytics({ assessmentId: assessmentId ?? undefined, from: from || undefined, to: to || undefined }),
    [assessmentId, from, to],
  );
  return (
    <>
      <PageHeading title="Analytics" />
      <Section>
        <div className={l.row}>
          <AssessmentPicker
            assessments={assessments.state === 'ready' ? assessments.value : []}
            value={assessmentId}
            onChange={setAssessmentId}
          />
          <Field label="From">
            <Input type="date" value={from} onChange={(_, d) => setFrom(d.value)} />
          </Field>
          <Field label="To">
            <Input type="date" value={to} onChange={(_, d) => setTo(d.value)} />
          </Field>
        </div>
      </Section>
      <PageState
        loaded={figures}
        retry={reload}
        isEmpty={(v) => v.funnel.invited === 0 && v.tasks.length === 0}
        empty="No interviews in this range yet. Widen the dates, or invite candidates."
      >
        {(v) => <Figures v={v} />}
      </PageState>
    </>
  );
}

export interface FiguresProps {
  v: Analytics;
}

function Figures({ v }: FiguresProps) {
  const l = useLayout();
  const distribution = v.distribution.map((b) => ({
    band: `${Math.round(b.from * 100)}–${Math.round(b.to * 100)}%`,
    interviews: b.interviews,
  }));
  const funnel = [
    { step: 'Invited', n: v.funnel.invited },
    { step: 'Started', n: v.funnel.started },
    { step: 'Completed', n: v.funnel.completed },
  ];
  const total = v.distribution.reduce((a, b) => a + b.interviews, 0);
  return (
    <>
      <Tiles tiles={v.tiles} />
      <div className={l.grid}>
        <Section title="Score distribution">
          <Text className={l.muted}>
            {total} completed interview{total === 1 ? '' : 's'} by overall score
          </Text>
          <div role="img" aria-label={`Score distribution: ${distribution.map((d) => `${d.band} ${d.interviews}`).join(', ')}`}>
            <ResponsiveContainer width="100%" height={220}>
              <BarChart data={distribution}>
                <CartesianGrid vertical={false} strokeDasharray="3 3" />
                <XAxis dataKey="band" fontSize={11} />
                <YAxis allowDecimals={false} />
                <Tooltip />
                <Bar dataKey="interviews" fill={tokens.colorBrandBackground} isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </div>
        </Section>
        <Section title="Funnel">
          <Text className={l.muted}>
            {[
              v.funnel.invited ? `${percent(v.funnel.started / v.funnel.invited)} of those invited started` : null,
              v.funnel.started ? `${percent(v.funnel.completed / v.funnel.started)} of those finished` : null,
            ]
              .filter(Boolean)
              .join(', ')}
          </Text>
          <div role="img" aria-label={`Funnel: invited ${v.funnel.invited}, started ${v.funnel.started}, completed ${v.funnel.completed}`}>
            <ResponsiveContainer width="100%" height={220}>
              <BarChart data={funnel}>
                <CartesianGrid vertical={false} strokeDasharray="3 3" />
                <XAxis dataKey="step" />
                <YAxis allowDecimals={false} />
                <Tooltip />
                <Bar dataKey="n" name="candidates" fill={tokens.colorPaletteTealBackground2} isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </div>
        </Section>
      </div>
      <Section title="Average by skill">
        {v.skills.length ? (
          <SkillChart skills={v.skills.map((s) => ({ skill: s.skill, score: s.meanScore }))} label="Average score by skill" />
        ) : (
          <Text>No tasks handed in.</Text>
        )}
      </Section>
      <Section title="Average by difficulty level">
        {v.levels.length ? (
          <ul>
            {v.levels.map((x) => (
              <li key={x.level}>
                Level {x.level}: {percent(x.meanScore)} average over {x.attempts} hand-in{x.attempts === 1 ? '' : 's'}
              </li>
            ))}
          </ul>
        ) : (
          <Text>No tasks handed in.</Text>
        )}
      </Section>
      <Section title="How hard each task really is">
        {v.tasks.length === 0 ? (
          <Text>No tasks handed in in this range.</Text>
        ) : (
          <Table aria-label="Task difficulty" size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Task</TableHeaderCell>
                <TableHeaderCell>Skill</TableHeaderCell>
                <TableHeaderCell>Hand-ins</TableHeaderCell>
                <TableHeaderCell>Pass rate (≥ 70%)</TableHeaderCell>
                <TableHeaderCell>Mean score</TableHeaderCell>
                <TableHeaderCell>Median time</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {v.tasks.map((t) => (
                <TableRow key={t.taskId}>
                  <TableCell>{t.title}</TableCell>
                  <TableCell>{skillName(t.skill)}</TableCell>
                  <TableCell>{t.attempts}</TableCell>
                  <TableCell>{percent(t.passRate)}</TableCell>
                  <TableCell>{percent(t.meanScore)}</TableCell>
                  <TableCell>{timeRange(t.medianTime)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Section>
    </>
  );
}
