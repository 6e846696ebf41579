import { Button, makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import type { SubmitResponse } from '../../../shared/api/submissions';

export interface ResultScreenProps {
  result: SubmitResponse;
  onNext: () => void;
}

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** The hand-in is received (with its score when the organisation shows scores), then on to the next task (or the end). */
export function ResultScreen({ result, onNext }: ResultScreenProps) {
  const styles = useStyles();
  return (
    <section className={styles.column} aria-labelledby="result-title">
      <Title3 as="h1" id="result-title">
        Handed in
      </Title3>
      <Text>
        {result.late
          ? 'The time was up when this arrived: your work is kept and the recruiter sees when it came.'
          : result.score === null
            ? 'Your work was received.'
            : `Your work was received and checked: ${Math.round(result.score * 100)}% on this task.`}
      </Text>
      <Button appearance="primary" onClick={onNext} autoFocus>
        {result.followUp ? 'Continue' : result.nextTask ? 'Next task' : 'Finish'}
      </Button>
    </section>
  );
}
