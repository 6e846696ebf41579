import { Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { useEffect } from 'react';
import type { DashboardApi } from '../api';
import { PageHeading, Section, useLayout } from '../components/layout';
import { PageState } from '../components/PageState';
import { useLoad } from '../components/use-load';
import { dateTime, duration } from '../format';

const POLL_MS = 5_000;

export interface LivePageProps {
  api: DashboardApi;
}

/** Interviews in progress, refreshed every few seconds. */
export function LivePage({ api }: LivePageProps) {
  const l = useLayout();
  const [live, reload] = useLoad(() => api.live(), []);
  useEffect(() => {
    const timer = setInterval(reload, POLL_MS);
    return () => clearInterval(timer);
  }, [reload]);
  return (
    <>
      <PageHeading title="Live">
        <Text className={l.muted}>Refreshes every {POLL_MS / 1000} seconds</Text>
      </PageHeading>
      <Section>
        <PageState loaded={live} retry={reload} isEmpty={(v) => v.interviews.length === 0} empty="Nobody is taking an interview right now.">
          {(v) => (
            <Table aria-label="Interviews in progress" size="small">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Candidate</TableHeaderCell>
                  <TableHeaderCell>Assessment</TableHeaderCell>
                  <TableHeaderCell>Task</TableHeaderCell>
                  <TableHeaderCell>Time left on task</TableHeaderCell>
                  <TableHeaderCell>Time left overall</TableHeaderCell>
                  <TableHeaderCell>Last activity</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {v.interviews.map((i) => (
                  <TableRow key={i.sessionId}>
                    <TableCell>
                      <Link href={`#/results/${i.sessionId}`}>{i.candidateName}</Link>
                    </TableCell>
                    <TableCell>{i.assessmentName}</TableCell>
                    <TableCell>
                      {i.taskNumber} of {i.taskCount}
                      {i.currentTaskTitle ? `: ${i.currentTaskTitle}` : ''}
                    </TableCell>
                    <TableCell>{duration(i.taskSecondsLeft)}</TableCell>
                    <TableCell>{duration(i.secondsLeft)}</TableCell>
                    <TableCell>{dateTime(i.lastActivityAt)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </PageState>
      </Section>
    </>
  );
}
