import {
  Badge,
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Subtitle1,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { SubmissionResult } from '../../../../shared/api/submissions';
import type { IntegrityFlag } from '../../../../shared/score';
import type { DashboardApi } from '../api';
import { dateTime, duration, expectedAndGot, percent, skillName } from '../format';
import { FollowUpEvidence } from './FollowUpEvidence';
import { useLayout } from './layout';
import { OverrideDialog } from './OverrideDialog';
import { RescoreNote } from './RescoreNote';

const useStyles = makeStyles({
  head: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  score: { fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold },
  evidence: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, fontSize: tokens.fontSizeBase200 },
  block: { marginTop: tokens.spacingVerticalL },
  quote: {
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalM,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  checkColumn: { width: '30%' },
  pointsColumn: { width: '6em' },
  dateColumn: { width: '11em' },
});

/** An integrity flag as a recruiter reads it. */
function flagInWords(f: IntegrityFlag): string {
  switch (f.kind) {
    case 'instructions-in-workbook':
      return `Text addressed to a grader in ${flagPlace(f)}: “${f.excerpt}”`;
    case 'workbook-of-another-interview':
      return f.sheet
        ? `The sheet ${f.sheet} was set up by the task pane for another interview (${f.excerpt}): it may be copied from another candidate's workbook`
        : `The task pane set this workbook up for another interview (${f.excerpt}): it may be another candidate's work`;
    case 'data-not-issued':
      return `The data in ${f.sheet}!${f.cell} is not what this candidate was given (${f.excerpt}): the workbook may come from another candidate`;
  }
}

/** Where a flagged text is: `Data!B4` for a cell, else the object it names (`chart Chart 1 title on Data`). */
const flagPlace = (f: { sheet: string; cell: string }) =>
  /^[A-Z]{1,3}\d+$/.test(f.cell)
    ? `${f.sheet}!${f.cell}`
    : f.cell === 'sheet name'
      ? 'a sheet name'
      : f.sheet
        ? `${f.cell} on ${f.sheet}`
        : f.cell;

/** What a signed-in colleague may do with a task's score; a shared, read-only report has none of it. */
export interface Editing {
  api: DashboardApi;
  onChanged: () => void;
}

export interface TaskEvidenceProps {
  submission: SubmissionResult;
  editing: Editing | null;
}

/** One task of an interview with the evidence behind every point. */
export function TaskEvidence({ submission: s, editing }: TaskEvidenceProps) {
  const styles = useStyles();
  const l = useLayout();
  const hidden = s.result.checks.filter((c) => c.kind === 'hidden-data');
  const flags = s.review?.integrityFlags ?? s.result.integrityFlags ?? [];
  return (
    <article aria-label={s.taskTitle}>
      <div className={styles.head}>
        <Subtitle1 as="h2">{s.taskTitle}</Subtitle1>
        <Badge appearance="outline">{skillName(s.skill)}</Badge>
        {s.late && (
          <Badge color="warning">
            {s.counts ? 'Late: counted, as the assessment allows' : 'Late: kept, counted 0 in the overall score'}
          </Badge>
        )}
        {s.source === 'upload' && <Badge color="informative">Uploaded file, no process evidence</Badge>}
        <span className={l.grow} />
        <span className={styles.score}>{percent(s.finalScore)}</span>
        {editing && <OverrideDialog api={editing.api} submission={s} onSaved={editing.onChanged} />}
      </div>
      <Text className={l.muted}>
        Grader {percent(s.result.score)} ({s.result.points} of {s.result.maxPoints} points)
        {s.review?.status === 'reviewed' ? ` · after review ${percent(s.review.finalScore)}` : ''}
        {s.followUp?.score != null ? ` · follow-up ${percent(s.followUp.score)}, weighing ${percent(s.followUpShare)}` : ''}
        {s.overrides[0] ? ` · overridden to ${percent(s.overrides[0].score)}` : ''}
        {' · '}time spent {duration(s.secondsSpent)} · handed in {dateTime(s.receivedAt)}
      </Text>
      {(s.result.gates ?? [])
        .filter((g) => g.applied)
        .map((g) => (
          <Text as="p" block key={g.check} role="note">
            <Badge color="warning">Capped at {percent(g.cap)}</Badge> {g.reason}
          </Text>
        ))}
      {editing && <RescoreNote api={editing.api} submission={s} onChanged={editing.onChanged} />}
      {s.pastedIntoAnswer.length > 0 && (
        <Text as="p" block>
          <Badge color="warning">Pasted</Badge>{' '}
          {s.pastedIntoAnswer.map((p) => `${p.cells} cells pasted into the answer area at ${p.range}, ${dateTime(p.at)}`).join(' · ')}
        </Text>
      )}
      {flags.length > 0 && (
        <div className={styles.block} role="note">
          <Badge color="danger">Integrity</Badge> {flags.map(flagInWords).join(' · ')}
        </div>
      )}
      {s.result.answerLocation && (
        <Text as="p" block>
          Answer found at {s.result.answerLocation.sheet}!{s.result.answerLocation.range}: {s.result.answerLocation.note}
        </Text>
      )}

      <Table className={styles.block} size="small" aria-label={`Checks for ${s.taskTitle}`}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.checkColumn}>Check</TableHeaderCell>
            <TableHeaderCell className={styles.pointsColumn}>Points</TableHeaderCell>
            <TableHeaderCell>Evidence</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {s.result.checks.map((c) => (
            <TableRow key={c.id}>
              <TableCell>
                <Badge appearance="tint" color={!c.evaluated ? 'subtle' : c.passed ? 'success' : 'danger'}>
                  {!c.evaluated ? 'not run' : c.passed ? 'passed' : 'failed'}
                </Badge>{' '}
                {c.description}
              </TableCell>
              <TableCell>
                {c.points} / {c.maxPoints}
              </TableCell>
              <TableCell>
                <ul className={styles.evidence}>
                  {c.evidence.map((e, i) => (
                    <li key={i}>
                      {e.cell && (
                        <span className={l.mono}>
                          {e.sheet ? `${e.sheet}!` : ''}
                          {e.cell}{' '}
                        </span>
                      )}
                      {e.formula && <span className={l.mono}>{e.formula} </span>}
                      {e.note}
                      {(e.expected !== undefined || e.got !== undefined) && (
                        <span className={l.muted}> ({expectedAndGot(e.expected, e.got)})</span>
                      )}
                    </li>
                  ))}
                  {c.evidenceOmitted > 0 && <li>…and {c.evidenceOmitted} more cells</li>}
                </ul>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>

      {hidden.length > 0 && (
        <div className={styles.block}>
          <strong>Hidden-data runs.</strong> The candidate's formulas were re-run on{' '}
          {hidden.map((h) => h.evidence.length).reduce((a, b) => a + b, 0)} changed copies of the data (the evidence of the “hidden data”
          check above lists each run).
        </div>
      )}

      <div className={styles.block}>
        <strong>Formulas handed in</strong>
        {s.formulas.length === 0 ? (
          <Text as="p" block>
            No formulas: the answers were typed or pasted as values.
          </Text>
        ) : (
          <Table size="extra-small" aria-label={`Formulas for ${s.taskTitle}`}>
            <TableBody>
              {s.formulas.slice(0, 30).map((f) => (
                <TableRow key={`${f.sheet}!${f.cell}`}>
                  <TableCell className={mergeClasses(styles.dateColumn, l.mono)}>
                    {f.sheet}!{f.cell}
                  </TableCell>
                  <TableCell className={l.mono}>{f.formula}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {s.formulas.length > 30 && <Text className={l.muted}>…and {s.formulas.length - 30} more.</Text>}
      </div>

      <div className={styles.block}>
        <strong>LLM feedback</strong>
        {s.review?.status === 'reviewed' && s.review.review ? (
          <>
            <p className={styles.quote}>{s.review.review.feedback}</p>
            {s.review.review.strengths.length > 0 && (
              <Text as="p" block>
                Strengths: {s.review.review.strengths.join('; ')}
              </Text>
            )}
            {s.review.review.improvements.length > 0 && (
              <Text as="p" block>
                To improve: {s.review.review.improvements.join('; ')}
              </Text>
            )}
            <Text className={l.muted}>
              {s.review.model} · prompt {s.review.promptVersion}
              {s.review.outputMode === 'json_object' ? ' · JSON mode (the server has no structured output)' : ''}
            </Text>
          </>
        ) : (
          <Text as="p" block>
            {s.review?.reason ?? 'The review has not finished yet.'}
          </Text>
        )}
      </div>

      {s.followUp && (
        <div className={styles.block}>
          <FollowUpEvidence followUp={s.followUp} />
        </div>
      )}

      {s.overrides.length > 0 && (
        <div className={styles.block}>
          <strong>Overrides (audit log)</strong>
          <ul className={styles.evidence}>
            {s.overrides.map((o, i) => (
              <li key={i}>
                {dateTime(o.at)} — {o.userName ?? 'someone'}: {percent(o.previousScore)} → {percent(o.score)}, “{o.reason}”
              </li>
            ))}
          </ul>
        </div>
      )}
    </article>
  );
}
