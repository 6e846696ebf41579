import {
  Badge,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from 'recharts';
import type { TaskQuality, TaskQualityReport } from '../../../../shared/api/quality';
import type { DashboardApi } from '../api';
import { PageHeading, Section, useLayout } from '../components/layout';
import { PageState } from '../components/PageState';
import { useLoad } from '../components/use-load';
import { dateTime, percent, skillName, timeRange } from '../format';

export interface TaskQualityPageProps {
  api: DashboardApi;
}

/** How each task behaves, and how far recruiters trust the grader on it. */
export function TaskQualityPage({ api }: TaskQualityPageProps) {
  const [report, reload] = useLoad(() => api.taskQuality(), []);
  return (
    <>
      <PageHeading title="Task quality" />
      <PageState
        loaded={report}
        retry={reload}
        isEmpty={(r) => r.tasks.length === 0}
        empty="No tasks in your assessments yet. Build an assessment, and the figures come with its hand-ins."
      >
        {(r) => <Report r={r} />}
      </PageState>
    </>
  );
}

/** A learned level in words; beyond the authored scale's ends (a task everyone solved, or no one) it says so. */
const level = (x: number) => (x > 3.5 ? 'above 3.5' : x < 0.5 ? 'below 0.5' : x.toFixed(1));

function Report({ r }: { r: TaskQualityReport }) {
  const l = useLayout();
  const flagged = r.tasks.filter((t) => t.flags.length);
  // Only trusted levels are drawn: a level from a handful of hand-ins says little and may lie far off the scale.
  const placed = r.tasks.filter((t) => t.learned?.inUse);
  const points = placed.map((t) => ({
    title: t.title,
    authored: t.authoredLevel,
    learned: Math.round(t.learned!.level * 100) / 100,
    handIns: t.learned!.handIns,
  }));
  const weeks = r.byWeek.map((w) => ({ week: w.week.slice(5), agreement: Math.round((w.agreed / w.handIns) * 100), handIns: w.handIns }));
  return (
    <>
      <Text as="p" block className={l.muted}>
        {r.calibration
          ? `Difficulty learned from ${r.calibration.handIns} hand-ins across every organisation, ${dateTime(r.calibration.fittedAt)}; the adaptive order uses a task's learned level once it has ${r.calibration.minHandIns} hand-ins.`
          : 'Difficulty is not learned yet: the first calibration runs within a day of the first scored hand-in.'}{' '}
        Pass rate, time and agreement are your organisation's last 90 days; a hand-in agrees when nobody overrode the grader, or the
        override is within 10 points.
      </Text>
      {flagged.length > 0 && (
        <Section title={`Flagged (${flagged.length})`}>
          <div className={l.stack}>
            {flagged.map((t) => (
              <MessageBar key={t.taskId} intent="warning" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{t.title}</MessageBarTitle>
                  {t.flags.map((f) => f.message).join(' ')}
                </MessageBarBody>
              </MessageBar>
            ))}
          </div>
        </Section>
      )}
      <div className={l.grid}>
        <Section title="Authored against learned level">
          {points.length ? (
            <div
              role="img"
              aria-label={`Authored against learned level: ${points.map((p) => `${p.title} authored ${p.authored}, learned ${level(p.learned)}`).join('; ')}`}
            >
              <ResponsiveContainer width="100%" height={240}>
                <ScatterChart margin={{ top: 8, right: 16, bottom: 16, left: 0 }}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis
                    type="number"
                    dataKey="authored"
                    name="Authored level"
                    domain={[0.5, 3.5]}
                    ticks={[1, 2, 3]}
                    label={{ value: 'authored', position: 'insideBottom', offset: -8 }}
                  />
                  <YAxis type="number" dataKey="learned" name="Learned level" domain={[0, 4]} ticks={[1, 2, 3]} allowDataOverflow />
                  <ZAxis type="number" dataKey="handIns" range={[40, 240]} name="Hand-ins" />
                  <ReferenceLine
                    segment={[
                      { x: 0.5, y: 0.5 },
                      { x: 3.5, y: 3.5 },
                    ]}
                    stroke={tokens.colorNeutralStroke1}
                    strokeDasharray="4 4"
                  />
                  <Tooltip cursor={{ strokeDasharray: '3 3' }} />
                  <Scatter data={points} fill={tokens.colorBrandBackground} isAnimationActive={false} />
                </ScatterChart>
              </ResponsiveContainer>
              <Text as="p" block size={200} className={l.muted}>
                On the dashed line a task plays as hard as it was authored; above it, harder. Larger dots, more hand-ins.
              </Text>
            </div>
          ) : (
            <Text>
              No task has {r.calibration ? r.calibration.minHandIns : 'enough'} hand-ins yet, the number a learned level needs to be used.
            </Text>
          )}
        </Section>
        <Section title="Grader agreement by week">
          {weeks.length ? (
            <div role="img" aria-label={`Agreement by week: ${weeks.map((w) => `${w.week} ${w.agreement}% of ${w.handIns}`).join(', ')}`}>
              <ResponsiveContainer width="100%" height={240}>
                <BarChart data={weeks}>
                  <CartesianGrid vertical={false} strokeDasharray="3 3" />
                  <XAxis dataKey="week" fontSize={11} />
                  <YAxis domain={[0, 100]} unit="%" />
                  <ReferenceLine y={r.agreementThreshold * 100} stroke={tokens.colorPaletteRedBorder2} strokeDasharray="4 4" />
                  <Tooltip />
                  <Bar dataKey="agreement" name="agreement %" fill={tokens.colorPaletteTealBackground2} isAnimationActive={false} />
                </BarChart>
              </ResponsiveContainer>
            </div>
          ) : (
            <Text>No scored hand-ins in the last 90 days.</Text>
          )}
          {r.byCheckKind.length > 0 && (
            <Text as="p" block size={200}>
              By check kind:{' '}
              {r.byCheckKind.map((k) => `${k.kind.replace(/-/g, ' ')} ${percent(k.agreed / k.handIns)} of ${k.handIns}`).join(' · ')}
            </Text>
          )}
        </Section>
      </div>
      <Section title="Every task">
        <Table aria-label="Task quality" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Task</TableHeaderCell>
              <TableHeaderCell>Level: authored / learned</TableHeaderCell>
              <TableHeaderCell>Discrimination</TableHeaderCell>
              <TableHeaderCell>Hand-ins</TableHeaderCell>
              <TableHeaderCell>Pass rate</TableHeaderCell>
              <TableHeaderCell>Median time</TableHeaderCell>
              <TableHeaderCell>Grader agreement</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {r.tasks.map((t) => (
              <TaskRow key={t.taskId} t={t} minHandIns={r.calibration?.minHandIns ?? null} />
            ))}
          </TableBody>
        </Table>
      </Section>
    </>
  );
}

function TaskRow({ t, minHandIns }: { t: TaskQuality; minHandIns: number | null }) {
  return (
    <TableRow>
      <TableCell>
        {t.title} <Text size={200}>· {skillName(t.skill)}</Text>{' '}
        {t.flags.length > 0 && (
          <Badge color="warning" appearance="tint">
            {t.flags.length} flag{t.flags.length === 1 ? '' : 's'}
          </Badge>
        )}
      </TableCell>
      <TableCell>
        {t.authoredLevel} /{' '}
        {!t.learned
          ? 'not learned yet'
          : t.learned.inUse
            ? `${level(t.learned.level)} (${t.learned.handIns} hand-ins)`
            : `too few hand-ins (${t.learned.handIns}${minHandIns ? ` of ${minHandIns}` : ''})`}
      </TableCell>
      <TableCell>{t.discrimination === null ? '—' : t.discrimination.toFixed(2)}</TableCell>
      <TableCell>{t.attempts}</TableCell>
      <TableCell>{percent(t.passRate)}</TableCell>
      <TableCell>{timeRange(t.medianTime)}</TableCell>
      <TableCell>{t.agreement.ratio === null ? '—' : `${percent(t.agreement.ratio)} of ${t.agreement.handIns}`}</TableCell>
    </TableRow>
  );
}
