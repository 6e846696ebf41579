import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { SessionResults, TimelineEvent } from '../../../../shared/api/submissions';
import { dateTime, overallText, percent } from '../format';
import { Section, useLayout } from './layout';
import { SkillChart } from './SkillChart';
import { TaskEvidence, type Editing } from './TaskEvidence';

/** The timeline scrolls past this height; Fluent has no token for layout sizes. */
const TIMELINE_HEIGHT = '320px';

const useStyles = makeStyles({
  overall: { fontSize: tokens.fontSizeHero900, fontWeight: tokens.fontWeightBold, lineHeight: 1 },
  timeline: {
    listStyle: 'none',
    padding: 0,
    margin: 0,
    maxHeight: TIMELINE_HEIGHT,
    overflowY: 'auto',
    fontSize: tokens.fontSizeBase200,
    '@media print': { maxHeight: 'none', overflowY: 'visible' },
  },
});

/** A timeline line in words. */
export function describeEvent(e: TimelineEvent, titleOf: (taskId: string) => string = (id) => id): string {
  const d = e.details as Record<string, string | number | undefined>;
  const task = d.taskId === undefined ? '' : `“${titleOf(String(d.taskId))}”`;
  switch (e.type) {
    case 'code_redeemed':
      return 'Opened the interview with the code';
    case 'session_started':
      return 'Pressed Start: the clock started';
    case 'task_handed_in_late':
      return `Handed in ${task} ${d.secondsAfterLimit ?? '?'} s after the interview's time was up (late)`;
    case 'task_chosen':
      return `Given task ${task}${d.reason ? ` (${d.reason})` : ''}`;
    case 'task_submitted':
      return `Handed in ${task}: ${percent(Number(d.score))}`;
    case 'task_late':
      return `Handed in ${task} ${d.secondsOver ?? '?'} s after its time limit`;
    case 'session_completed':
      return 'Finished the interview';
    case 'session_expired':
      return 'Time ran out';
    case 'session_abandoned':
      return 'Never handed anything in; closed';
    case 'activity.formula':
      return `Entered a formula in ${d.sheet}!${d.range}`;
    case 'activity.edit':
      return `Edited ${d.sheet}!${d.range}`;
    case 'activity.bulk-values':
      return `Pasted or filled ${d.cells} cells at ${d.sheet}!${d.range}`;
    case 'activity.fill':
      return `Filled a formula over ${d.cells} cells at ${d.sheet}!${d.range}`;
    case 'activity.paste':
      return `Pasted ${d.cells} cells at ${d.sheet}!${d.range}${d.inAnswer ? ', into the answer area' : ''}`;
    case 'activity.sheet-added':
      return `Added sheet ${d.sheet}`;
    case 'follow_up_answered':
      return 'Answered the follow-up question';
    default:
      return e.type.replace(/[_.]/g, ' ');
  }
}

export interface ResultReportProps {
  results: SessionResults;
  /** Null for a read-only report (a share link, a printout). */
  editing: Editing | null;
}

/** An interview's result with its evidence: the overall score, by skill, each task, and the timeline. */
export function ResultReport({ results: r, editing }: ResultReportProps) {
  const styles = useStyles();
  const titles = new Map(r.submissions.map((s) => [s.taskId, s.taskTitle]));
  const titleOf = (taskId: string) => titles.get(taskId) ?? taskId;
  const l = useLayout();
  return (
    <>
      <div className={l.grid}>
        <Section title="Overall">
          <div className={styles.overall} aria-label="Overall score">
            {overallText(r.submissions.length ? r.summary.overallScore : null, r.summary.final)}
          </div>
          <Text as="p" block>
            Out of all {r.summary.taskCount} tasks: {r.submissions.length} handed in
            {r.summary.notAttempted ? `, ${r.summary.notAttempted} not attempted (counted 0)` : ''}
            {r.submissions.some((s) => !s.counts) ? ', late work not counted' : ''} · follow-up answers {percent(r.summary.followUpScore)} ·
            LLM review {r.summary.llmReview}
          </Text>
          {r.ability && (
            <Text as="p" block aria-label="Estimated level">
              Estimated {r.ability.words}{' '}
              <Text size={200}>
                (from {r.ability.handIns} hand-in{r.ability.handIns === 1 ? '' : 's'}
                {r.ability.learned < r.ability.handIns
                  ? `; ${r.ability.handIns - r.ability.learned} on tasks placed by their authored level, not yet by results`
                  : ', on tasks whose difficulty was learned from results'}
                )
              </Text>
            </Text>
          )}
          {r.summary.feedback.length > 0 && (
            <ul>
              {r.summary.feedback.slice(0, 6).map((f, i) => (
                <li key={i}>{f}</li>
              ))}
            </ul>
          )}
        </Section>
        <Section title="By skill">
          {r.summary.perSkill.length ? (
            <SkillChart skills={r.summary.perSkill} label="Score by skill" />
          ) : (
            <Text>No task handed in yet.</Text>
          )}
        </Section>
      </div>
      {r.submissions.length === 0 && (
        <Section>
          <Text>Nothing handed in yet. Results appear here as each task is handed in.</Text>
        </Section>
      )}
      {r.submissions.map((s) => (
        <Section key={s.submissionId}>
          <TaskEvidence submission={s} editing={editing} />
        </Section>
      ))}
      <Section title="Activity timeline">
        {r.timeline.length === 0 ? (
          <Text>No activity recorded.</Text>
        ) : (
          // Scrolls on its own, so it takes focus: a keyboard user can scroll it too.
          <ol className={styles.timeline} tabIndex={0} aria-label="Activity, in order">
            {r.timeline.map((e, i) => (
              <li key={i}>
                <span className={l.mono}>{dateTime(e.at)}</span> {describeEvent(e, titleOf)}
              </li>
            ))}
          </ol>
        )}
      </Section>
    </>
  );
}
