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
  SearchBox,
  Text,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { InterviewSort } from '../../../../shared/api/dashboard';
import type { SessionState } from '../../../../shared/api/sessions';
import type { DashboardApi } from '../api';
import { AssessmentPicker } from '../components/AssessmentPicker';
import { PageHeading, Section, useLayout } from '../components/layout';
import { PageState } from '../components/PageState';
import { CursorPager, useCursorPages } from '../components/CursorPager';
import { useAction } from '../components/use-action';
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

const SORTS: Record<InterviewSort, string> = {
  newest: 'Newest first',
  oldest: 'Oldest first',
  score_desc: 'Highest score',
  score_asc: 'Lowest score',
  name: 'Name, A to Z',
};
const COMPARE_AT_MOST = 4;
const PAGE_SIZES = ['10', '25', '50', '100'];

/** Every interview, searched, filtered and sorted on the server, a page at a time; chosen ones move in the pipeline together. */
export function InterviewsPage({ api }: InterviewsPageProps) {
  const l = useLayout();
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  const [assessmentId, setAssessmentId] = useState<string | null>(null);
  const [state, setState] = useState<SessionState | null>(null);
  const [stage, setStage] = useState<string | null>(null);
  const [sort, setSort] = useState<InterviewSort>('newest');
  const [pageSize, setPageSize] = useState('25');
  const pages = useCursorPages();
  const [chosen, setChosen] = useState<string[]>([]);
  const [moveTo, setMoveTo] = useState<string | null>(null);
  const [assessments] = useLoad(() => api.assessments(true), []);
  const [stages] = useLoad(() => api.stages(), []);
  const { cursor } = pages;
  const [page, reload] = useLoad(
    () =>
      api.interviews({
        q: search,
        assessmentId: assessmentId ?? '',
        state: state ?? '',
        stage: stage ?? '',
        sort,
        cursor,
        limit: pageSize,
      }),
    [search, assessmentId, state, stage, sort, cursor, pageSize],
  );
  const moving = useAction();
  /** A new filter or order starts again from the first page, with nothing chosen. */
  const refilter =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      pages.restart();
      setChosen([]);
    };
  const toggle = (id: string) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));
  const stageNames = stages.state === 'ready' ? stages.value : [];

  return (
    <>
      <PageHeading title="Interviews">
        <Button disabled={chosen.length < 2 || chosen.length > COMPARE_AT_MOST} onClick={() => go(`compare?ids=${chosen.join(',')}`)}>
          Compare {chosen.length >= 2 && chosen.length <= COMPARE_AT_MOST ? chosen.length : ''} candidates
        </Button>
        {/* The server answers with Content-Disposition: attachment, so the page stays and the file downloads. */}
        <Button
          appearance="primary"
          onClick={() =>
            window.location.assign(api.csvUrl(chosen.length ? { sessionIds: chosen } : { assessmentId: assessmentId ?? undefined }))
          }
        >
          {chosen.length ? `Export ${chosen.length} chosen` : 'Export CSV'}
        </Button>
      </PageHeading>
      <Section>
        <form
          className={l.row}
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            refilter(setSearch)(q.trim());
          }}
        >
          <Field label="Search">
            <SearchBox
              placeholder="Name or e-mail"
              value={q}
              onChange={(_, d) => {
                setQ(d.value);
                // Clearing the box shows everyone again at once.
                if (!d.value) refilter(setSearch)('');
              }}
            />
          </Field>
          <AssessmentPicker
            assessments={assessments.state === 'ready' ? assessments.value : []}
            value={assessmentId}
            onChange={refilter(setAssessmentId)}
          />
          <Field label="State">
            <Dropdown
              value={state ? STATE_LABEL[state] : 'Any state'}
              selectedOptions={[state ?? '']}
              onOptionSelect={(_, d) => refilter(setState)((d.optionValue || null) as SessionState | null)}
            >
              <Option value="">Any state</Option>
              {STATES.map((s) => (
                <Option key={s} value={s}>
                  {STATE_LABEL[s]!}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Field label="Stage">
            <Dropdown
              value={stage ?? 'Any stage'}
              selectedOptions={[stage ?? '']}
              onOptionSelect={(_, d) => refilter(setStage)(d.optionValue || null)}
            >
              <Option value="">Any stage</Option>
              {stageNames.map((s) => (
                <Option key={s} value={s}>
                  {s}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Field label="Sort">
            <Dropdown
              value={SORTS[sort]}
              selectedOptions={[sort]}
              onOptionSelect={(_, d) => refilter(setSort)(d.optionValue as InterviewSort)}
            >
              {(Object.keys(SORTS) as InterviewSort[]).map((s) => (
                <Option key={s} value={s}>
                  {SORTS[s]}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Field label="Per page">
            <Dropdown value={pageSize} selectedOptions={[pageSize]} onOptionSelect={(_, d) => refilter(setPageSize)(d.optionValue ?? '25')}>
              {PAGE_SIZES.map((n) => (
                <Option key={n} value={n}>
                  {n}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Button type="submit">Search</Button>
        </form>
      </Section>
      <Section>
        <div className={l.row}>
          <Text>{chosen.length ? `${chosen.length} chosen` : 'Choose interviews to compare, move or export them.'}</Text>
          <Field label="Move chosen to">
            <Dropdown
              aria-label="Stage to move the chosen interviews to"
              value={moveTo ?? ''}
              placeholder="A stage"
              selectedOptions={[moveTo ?? '']}
              onOptionSelect={(_, d) => setMoveTo(d.optionValue || null)}
            >
              {stageNames.map((s) => (
                <Option key={s} value={s}>
                  {s}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Button
            disabled={!chosen.length || !moveTo || moving.busy}
            onClick={() =>
              void moving.run(async () => {
                await api.setStage(chosen, moveTo!);
                setChosen([]);
                reload();
              })
            }
          >
            Move
          </Button>
          {moving.error && <Text role="alert">{moving.error}</Text>}
        </div>
        <PageState
          loaded={page}
          retry={reload}
          isEmpty={(v) => v.interviews.length === 0}
          empty={
            search || assessmentId || state || stage
              ? 'No interview matches these filters.'
              : 'No interviews yet. Invite candidates from the Invites page; their interviews appear here once they start.'
          }
        >
          {({ interviews: rows, nextCursor }) => (
            <>
              <Table aria-label="Interviews" size="small">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell className={l.narrowColumn}>Choose</TableHeaderCell>
                    <TableHeaderCell>Candidate</TableHeaderCell>
                    <TableHeaderCell>Assessment</TableHeaderCell>
                    <TableHeaderCell>State</TableHeaderCell>
                    <TableHeaderCell>Stage</TableHeaderCell>
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
                          aria-label={`Choose ${r.candidateName}`}
                          checked={chosen.includes(r.sessionId)}
                          onChange={() => toggle(r.sessionId)}
                        />
                      </TableCell>
                      <TableCell>
                        <Link href={`#/results/${r.sessionId}`}>{r.candidateName}</Link>
                        <div className={l.muted}>{r.candidateEmail}</div>
                      </TableCell>
                      <TableCell data-label="Assessment">{r.assessmentName}</TableCell>
                      <TableCell data-label="State">
                        <StateBadge state={r.state} />
                      </TableCell>
                      <TableCell data-label="Stage">{r.stage}</TableCell>
                      <TableCell data-label="Tasks">{r.tasksDone}</TableCell>
                      <TableCell data-label="Score">{overallText(r.overallScore, r.state !== 'in_progress')}</TableCell>
                      <TableCell data-label="Finished">{dateTime(r.completedAt)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
              <CursorPager pages={pages} nextCursor={nextCursor} label="Pages" />
            </>
          )}
        </PageState>
      </Section>
    </>
  );
}
