import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { FollowUpResult, FollowUpTurn } from '../../../../shared/api/follow-ups';
import { percent } from '../format';
import { useLayout } from './layout';

const useStyles = makeStyles({
  evidence: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, fontSize: tokens.fontSizeBase200 },
  turn: { marginTop: tokens.spacingVerticalS },
  quote: {
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalM,
    margin: `${tokens.spacingVerticalS} 0`,
  },
});

export interface FollowUpEvidenceProps {
  followUp: FollowUpResult;
}

/** The follow-up's turns as the recruiter reads them: each question, the answer, and how the rubric was met. */
export function FollowUpEvidence({ followUp }: FollowUpEvidenceProps) {
  const styles = useStyles();
  const l = useLayout();
  const [first, second] = followUp.turns;
  return (
    <>
      <strong>Follow-up question{first!.askedBy === 'llm' ? ' (written by the model about this formula)' : ''}</strong>
      <Turn turn={first!} />
      {second && (
        <div className={styles.turn}>
          <strong>Second turn (the first answer was vague; graded on both answers)</strong>
          <Turn turn={second} />
        </div>
      )}
      {followUp.turns.length > 1 && followUp.score !== null && (
        <Text as="p" block className={l.muted}>
          Counted: {percent(followUp.score)}.
        </Text>
      )}
    </>
  );
}

function Turn({ turn }: { turn: FollowUpTurn }) {
  const styles = useStyles();
  const l = useLayout();
  return (
    <>
      <p className={styles.quote}>{turn.question}</p>
      <Text as="p" block>
        {turn.answer ? `Answer: “${turn.answer}”` : 'Not answered.'} {turn.score !== null && `(${percent(turn.score)})`}
      </Text>
      {turn.grading && (
        <ul className={styles.evidence}>
          {turn.grading.points.map((p, i) => (
            <li key={i}>
              {p.met ? '✓' : '✗'} {p.point}
              {p.matched ? ` (“${p.matched}”)` : ''}
            </li>
          ))}
        </ul>
      )}
      {turn.grading && (
        <Text as="p" block className={l.muted}>
          {turn.grading.method === 'llm'
            ? `Graded by ${turn.grading.model ?? 'the model'} against the rubric`
            : 'Graded by the rubric’s words'}
          {turn.grading.reason ? `: ${turn.grading.reason}` : '.'}
        </Text>
      )}
    </>
  );
}
