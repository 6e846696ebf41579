import { Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { LiveList } from '../../../../shared/api/dashboard';
import type { DashboardApi } from '../api';
import { PageHeading, Section, useLayout } from '../components/layout';
import { PageState } from '../components/PageState';
import { useLoad, type Loaded } from '../components/use-load';
import { dateTime, duration } from '../format';

const POLL_MS = 5_000;
/** Errors in a row, with no event between, before the page gives up on the stream and polls instead. */
const STREAM_FAILURES = 3;

export interface LivePageProps {
  api: DashboardApi;
}

/**
 * The live list as it changes: pushed by the server (server-sent events) where the stream works, else
 * asked for every few seconds. The page says which.
 */
function useLiveList(api: DashboardApi): [Loaded<LiveList>, 'stream' | 'polling', () => void] {
  const [mode, setMode] = useState<'stream' | 'polling'>(typeof EventSource === 'undefined' ? 'polling' : 'stream');
  const [pushed, setPushed] = useState<Loaded<LiveList>>({ state: 'loading' });
  // Asked once at first either way, so the page fills before the stream's first event.
  const [polled, reload] = useLoad(() => api.live(), [mode]);
  useEffect(() => {
    if (mode !== 'stream') return;
    const source = new EventSource(api.liveStreamUrl);
    let failures = 0;
    source.addEventListener('live', (e) => {
      failures = 0;
      setPushed({ state: 'ready', value: JSON.parse((e as MessageEvent<string>).data) as LiveList });
    });
    // EventSource reconnects by itself (the server ends each stream after a while); only repeated failures mean no stream.
    source.onerror = () => {
      if (++failures < STREAM_FAILURES) return;
      source.close();
      setMode('polling');
    };
    return () => source.close();
  }, [api, mode]);
  useEffect(() => {
    if (mode !== 'polling') return;
    const timer = setInterval(reload, POLL_MS);
    return () => clearInterval(timer);
  }, [mode, reload]);
  return [mode === 'stream' && pushed.state === 'ready' ? pushed : polled, mode, reload];
}

/** Interviews in progress, as they change. */
export function LivePage({ api }: LivePageProps) {
  const l = useLayout();
  const [live, mode, reload] = useLiveList(api);
  return (
    <>
      <PageHeading title="Live">
        <Text className={l.muted}>{mode === 'stream' ? 'Updates as it happens' : `Refreshes every ${POLL_MS / 1000} seconds`}</Text>
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
                    <TableCell data-label="Assessment">{i.assessmentName}</TableCell>
                    <TableCell data-label="Task">
                      {i.taskNumber} of {i.taskCount}
                      {i.currentTaskTitle ? `: ${i.currentTaskTitle}` : ''}
                    </TableCell>
                    <TableCell data-label="Time left on task">{duration(i.taskSecondsLeft)}</TableCell>
                    <TableCell data-label="Time left overall">{duration(i.secondsLeft)}</TableCell>
                    <TableCell data-label="Last activity">{dateTime(i.lastActivityAt)}</TableCell>
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
