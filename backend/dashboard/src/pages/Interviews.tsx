import {
  Badge,
  Button,
  Checkbox,
  Dropdown,
  Field,
  Link,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { SessionState } from '../../../../shared/api/sessions';
import type { DashboardApi } from '../api';
import { AssessmentPicker } from '../components/AssessmentPicker';
import { PageHeading, Section, useLayout } from '../components/layout';
import { PageState } from '../components/PageState';
import { useLoad } from '../components/use-load';
import { dateTime, overallText } from '../format';
import { go } from '../route';

const STATES: SessionState[] = ['in_progress', 'completed', 'expired', 'abandoned'];
export const STATE_LABEL: Record<string, string> = {
  invited: 'Invited',
  in_progress: 'In progress',
  completed: 'Completed',
  expired: 'Time ran out',
  abandoned: 'Abandoned',
};
const STATE_COLOR = {
  in_progress: 'informative',
  completed: 'success',
  expired: 'warning',
  abandoned: 'danger',
  invited: 'subtle',
} as const;

export interface StateBadgeProps {
  state: string;
}

export function StateBadge({ state }: StateBadgeProps) {
  return (
    <Badge appearance="tint" color={STATE_COLOR[state as SessionState] ?? 'subtle'}>
      {STATE_LABEL[state] ?? state}
    </Badge>
  );
}

export interface InterviewsPageProps {
  api: DashboardApi;
}

export function InterviewsPage({ api }: InterviewsPageProps) {
  const l = useLayout();
  const [assessmentId, setAssessmentId] = useState<string | null>(null);
  const [state, setState] = useState<SessionState | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [assessments] = useLoad(() => api.assessments(), []);
  const [interviews, reload] = useLoad(
    () => api.interviews({ assessmentId: assessmentId ?? undefined, state: state ?? undefined }),
    [assessmentId, state],
  );
  const toggle = (id: string) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : c.length < 4 ? [...c, id] : c));

  return (
    <>
      <PageHeading title="Interviews">
        <Button disabled={chosen.length < 2} onClick={() => go(`compare?ids=${chosen.join(',')}`)}>
          Compare {chosen.length >= 2 ? chosen.length : ''} candidates
        </Button>
        {/* The server answers with Content-Disposition: attachment, so the page stays and the file downloads. */}
        <Button appearance="primary" onClick={() => window.location.assign(api.csvUrl(assessmentId ?? undefined))}>
          Export CSV
        </Button>
      </PageHeading>
      <Section>
        <div className={l.row}>
          <AssessmentPicker
            assessments={assessments.state === 'ready' ? assessments.value : []}
            value={assessmentId}
            onChange={setAssessmentId}
          />
          <Field label="State">
            <Dropdown
              value={state ? STATE_LABEL[state] : 'Any state'}
              selectedOptions={[state ?? '']}
              onOptionSelect={(_, d) => setState((d.optionValue || null) as SessionState | null)}
            >
              <Option value="">Any state</Option>
              {STATES.map((s) => (
                <Option key={s} value={s}>
                  {STATE_LABEL[s]!}
                </Option>
              ))}
            </Dropdown>
          </Field>
        </div>
      </Section>
      <Section>
        <PageState
          loaded={interviews}
          retry={reload}
          isEmpty={(v) => v.length === 0}
          empty="No interviews yet. Invite candidates from the Invites page; their interviews appear here once they start."
        >
          {(rows) => (
            <Table aria-label="Interviews" size="small">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell className={l.narrowColumn}>Compare</TableHeaderCell>
                  <TableHeaderCell>Candidate</TableHeaderCell>
                  <TableHeaderCell>Assessment</TableHeaderCell>
                  <TableHeaderCell>State</TableHeaderCell>
                  <TableHeaderCell>Tasks</TableHeaderCell>
                  <TableHeaderCell>Score</TableHeaderCell>
                  <TableHeaderCell>Finished</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((r) => (
                  <TableRow key={r.sessionId}>
                    <TableCell>
                      <Checkbox
                        aria-label={`Compare ${r.candidateName}`}
                        checked={chosen.includes(r.sessionId)}
                        onChange={() => toggle(r.sessionId)}
                      />
                    </TableCell>
                    <TableCell>
                      <Link href={`#/results/${r.sessionId}`}>{r.candidateName}</Link>
                      <div className={l.muted}>{r.candidateEmail}</div>
                    </TableCell>
                    <TableCell>{r.assessmentName}</TableCell>
                    <TableCell>
                      <StateBadge state={r.state} />
                    </TableCell>
                    <TableCell>{r.tasksDone}</TableCell>
                    <TableCell>{overallText(r.overallScore, r.state !== 'in_progress')}</TableCell>
                    <TableCell>{dateTime(r.completedAt)}</TableCell>
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
