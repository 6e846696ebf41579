import { Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import type { SessionResults } from '../../../../shared/api/submissions';
import type { DashboardApi } from '../api';
import { PageHeading, Section } from '../components/layout';
import { PageState } from '../components/PageState';
import { useLoad } from '../components/use-load';
import { duration, overallText, percent, skillName } from '../format';

export interface ComparePageProps {
  api: DashboardApi;
  sessionIds: string[];
}

/** Two to four candidates side by side: overall, per skill, per task (score and time). */
export function ComparePage({ api, sessionIds }: ComparePageProps) {
  const [loaded, reload] = useLoad(() => Promise.all(sessionIds.slice(0, 4).map((id) => api.results(id))), [sessionIds.join(',')]);
  return (
    <>
      <PageHeading title="Compare candidates" />
      {sessionIds.length < 2 ? (
        <Text>Choose two to four interviews on the Interviews page, then press Compare.</Text>
      ) : (
        <PageState loaded={loaded} retry={reload}>
          {(all) => <CompareTable all={all} />}
        </PageState>
      )}
    </>
  );
}

export interface CompareTableProps {
  all: SessionResults[];
}

function CompareTable({ all }: CompareTableProps) {
  const skills = [...new Set(all.flatMap((r) => r.summary.perSkill.map((s) => s.skill)))];
  const tasks = [...new Map(all.flatMap((r) => r.submissions.map((s) => [s.taskId, s.taskTitle] as const))).entries()];
  const header = (
    <TableHeader>
      <TableRow>
        <TableHeaderCell />
        {all.map((r) => (
          <TableHeaderCell key={r.sessionId}>
            <Link href={`#/results/${r.sessionId}`}>{r.candidateName}</Link>
          </TableHeaderCell>
        ))}
      </TableRow>
    </TableHeader>
  );
  return (
    <>
      <Section title="Scores">
        <Table aria-label="Scores side by side" size="small">
          {header}
          <TableBody>
            <TableRow>
              <TableCell>
                <strong>Overall</strong>
              </TableCell>
              {all.map((r) => (
                <TableCell key={r.sessionId}>
                  <strong>{overallText(r.submissions.length ? r.summary.overallScore : null, r.summary.final)}</strong>
                </TableCell>
              ))}
            </TableRow>
            {skills.map((skill) => (
              <TableRow key={skill}>
                <TableCell>{skillName(skill)}</TableCell>
                {all.map((r) => (
                  <TableCell key={r.sessionId}>{percent(r.summary.perSkill.find((s) => s.skill === skill)?.score)}</TableCell>
                ))}
              </TableRow>
            ))}
            <TableRow>
              <TableCell>Follow-up answers</TableCell>
              {all.map((r) => (
                <TableCell key={r.sessionId}>{percent(r.summary.followUpScore)}</TableCell>
              ))}
            </TableRow>
          </TableBody>
        </Table>
      </Section>
      <Section title="Tasks">
        <Table aria-label="Tasks side by side" size="small">
          {header}
          <TableBody>
            {tasks.map(([taskId, title]) => (
              <TableRow key={taskId}>
                <TableCell>{title}</TableCell>
                {all.map((r) => {
                  const s = r.submissions.find((x) => x.taskId === taskId);
                  return (
                    <TableCell key={r.sessionId}>{s ? `${percent(s.finalScore)} in ${duration(s.secondsSpent)}` : 'not given'}</TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Section>
    </>
  );
}
