import { Button, Field, Input, Link, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ReviewQueue, ReviewQueueItem } from '../../../../shared/api/review-queue';
import type { DashboardApi } from '../api';
import { PageHeading, Section, useLayout } from '../components/layout';
import { ErrorBar, PageState } from '../components/PageState';
import { useAction } from '../components/use-action';
import { useLoad } from '../components/use-load';
import { dateTime, percent } from '../format';

const useStyles = makeStyles({
  reasons: { margin: `${tokens.spacingVerticalS} 0`, paddingLeft: tokens.spacingHorizontalXL },
  checks: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalL}`,
    margin: 0,
    padding: 0,
    listStyle: 'none',
  },
  formula: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  score: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

export interface ReviewQueuePageProps {
  api: DashboardApi;
}

/** The hand-ins the grader is least sure of, to confirm or correct in a click. */
export function ReviewQueuePage({ api }: ReviewQueuePageProps) {
  const l = useLayout();
  const [queue, reload] = useLoad(() => api.reviewQueue(), []);
  return (
    <>
      <PageHeading title="Review queue" />
      <Text as="p" block className={l.muted}>
        Hand-ins the grader is least sure of: near the pass mark, decided by a gate, with checks that could not run, with a formula unlike
        the others', where the model and the checks disagree, or that the grader flagged (text addressed to it, another candidate's
        workbook). Confirm the score or correct it: each decision is kept as a labelled case that the grader is tested against.
      </Text>
      <PageState
        loaded={queue}
        retry={reload}
        isEmpty={(q) => q.items.length === 0}
        empty="Nothing to review: the grader is sure of every recent hand-in nobody has looked at."
      >
        {(q) => <Queue q={q} api={api} onDecided={reload} />}
      </PageState>
    </>
  );
}

function Queue({ q, api, onDecided }: { q: ReviewQueue; api: DashboardApi; onDecided: () => void }) {
  const l = useLayout();
  return (
    <>
      <Text as="p" block className={l.spaced}>
        {q.items.length} to review · {q.decided} decided so far
      </Text>
      {q.items.map((item) => (
        <Item key={item.submissionId} item={item} api={api} onDecided={onDecided} />
      ))}
    </>
  );
}

function Item({ item, api, onDecided }: { item: ReviewQueueItem; api: DashboardApi; onDecided: () => void }) {
  const l = useLayout();
  const styles = useStyles();
  const [correcting, setCorrecting] = useState(false);
  const [score, setScore] = useState(String(Math.round(item.graderScore * 100)));
  const [note, setNote] = useState('');
  const { run, busy, error, fail, fieldError } = useAction();
  const confirm = () =>
    run(async () => {
      await api.decideReview(item.submissionId, { verdict: 'confirm' });
      onDecided();
    });
  const correct = () => {
    const value = Number(score);
    if (score.trim() === '' || !Number.isFinite(value) || value < 0 || value > 100) return fail('The score is a percentage from 0 to 100.');
    return run(async () => {
      await api.decideReview(item.submissionId, { verdict: 'correct', score: value / 100, note });
      onDecided();
    });
  };
  return (
    <Section title={`${item.candidateName} · ${item.taskTitle}`}>
      <div className={l.row}>
        <span className={styles.score} aria-label="Grader's score">
          Grader: {percent(item.graderScore)}
        </span>
        <Text size={200} className={l.muted}>
          handed in {dateTime(item.receivedAt)} · <Link href={`#/results/${item.sessionId}`}>open the result</Link>
        </Text>
      </div>
      <ul className={styles.reasons} aria-label="Why it is here">
        {item.reasons.map((r) => (
          <li key={r.kind}>{r.message}</li>
        ))}
      </ul>
      <ul className={styles.checks} aria-label="Checks">
        {item.checks.map((c, i) => (
          <li key={i}>
            {!c.evaluated ? '○ not run' : c.passed ? '✓' : '✗'} {c.description}
          </li>
        ))}
      </ul>
      {item.formulas.length > 0 && (
        <div className={l.spaced}>
          {item.formulas.map((f) => (
            <div key={f.cell} className={styles.formula}>
              {f.cell}: {f.formula}
            </div>
          ))}
        </div>
      )}
      {correcting ? (
        <div className={`${l.row} ${l.spaced}`}>
          <Field label="Right score (%)" required>
            <Input type="number" min={0} max={100} value={score} onChange={(_, d) => setScore(d.value)} />
          </Field>
          <Field label="What the grader got wrong" required className={l.grow} {...fieldError('note')}>
            <Textarea value={note} onChange={(_, d) => setNote(d.value)} />
          </Field>
          <Button appearance="primary" onClick={() => void correct()} disabled={busy}>
            Save correction
          </Button>
          <Button onClick={() => setCorrecting(false)}>Cancel</Button>
        </div>
      ) : (
        <div className={l.actions}>
          <Button appearance="primary" onClick={() => void confirm()} disabled={busy}>
            Confirm {percent(item.graderScore)}
          </Button>
          <Button onClick={() => setCorrecting(true)}>Correct…</Button>
        </div>
      )}
      <ErrorBar message={error} />
    </Section>
  );
}
