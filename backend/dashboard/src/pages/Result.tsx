import { Button, Dropdown, Field, Option, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { DashboardApi } from '../api';
import { EraseCandidate } from '../components/EraseCandidate';
import { PageHeading, Section, useLayout } from '../components/layout';
import { NotesPanel } from '../components/NotesPanel';
import { PageState } from '../components/PageState';
import { ResultReport } from '../components/ResultReport';
import { SharePanel } from '../components/SharePanel';
import { useAction } from '../components/use-action';
import { useLoad } from '../components/use-load';
import { dateTime } from '../format';
import { go } from '../route';
import { StateBadge } from './Interviews';

export interface ResultPageProps {
  api: DashboardApi;
  sessionId: string;
  /** Admins may delete a candidate's data on request. */
  isAdmin: boolean;
}

/** One interview's result for the hiring team: the report, where the candidate stands, notes, and links to share it. */
export function ResultPage({ api, sessionId, isAdmin }: ResultPageProps) {
  const l = useLayout();
  const [results, reload] = useLoad(() => api.results(sessionId), [sessionId]);
  const [stages] = useLoad(() => api.stages(), []);
  const [stage, setStage] = useState<string | null>(null);
  const moving = useAction();
  return (
    <PageState loaded={results} retry={reload}>
      {(r) => (
        <>
          <PageHeading title={r.candidateName}>
            <StateBadge state={r.state} />
            {isAdmin && r.state !== 'in_progress' && (
              <EraseCandidate api={api} interviewId={sessionId} candidateName={r.candidateName} onErased={() => go('interviews')} />
            )}
            <Button onClick={() => window.print()}>Print</Button>
            <Button as="a" href="#/interviews">
              Back to interviews
            </Button>
          </PageHeading>
          <Text as="p" block className={l.muted}>
            {r.candidateEmail} · {r.assessmentName} · started {dateTime(r.startedAt)} · finished {dateTime(r.completedAt)}
          </Text>
          <Section title="Decision">
            <div className={l.row}>
              <Field label="Stage" validationMessage={moving.error} validationState={moving.error ? 'error' : 'none'}>
                <Dropdown
                  value={stage ?? r.stage}
                  selectedOptions={[stage ?? r.stage]}
                  disabled={moving.busy}
                  onOptionSelect={(_, d) => {
                    const to = d.optionValue!;
                    void moving.run(async () => {
                      await api.setStage([sessionId], to);
                      setStage(to);
                    });
                  }}
                >
                  {(stages.state === 'ready' ? stages.value : [r.stage]).map((s) => (
                    <Option key={s} value={s}>
                      {s}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
            </div>
            <NotesPanel api={api} sessionId={sessionId} />
            <SharePanel api={api} sessionId={sessionId} />
          </Section>
          <ResultReport results={r} editing={{ api, onChanged: reload }} />
        </>
      )}
    </PageState>
  );
}
