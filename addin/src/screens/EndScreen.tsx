import { makeStyles, Text, Title3, tokens } from '@fluentui/react-components';

export interface EndScreenProps {
  candidateName: string;
  /** What happens next, in the organisation's words. */
  closingMessage: string;
  pending: number;
}

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** The interview is over; says plainly whether anything is still waiting to be sent. */
export function EndScreen({ candidateName, closingMessage, pending }: EndScreenProps) {
  const styles = useStyles();
  return (
    <section className={styles.column} aria-labelledby="end-title">
      <Title3 as="h1" id="end-title">
        Thank you, {candidateName}
      </Title3>
      <Text>
        {pending > 0
          ? `${pending} submission is waiting for the server. Keep this pane open until it is sent.`
          : 'Your interview is over and everything has been sent. You can close this pane.'}
      </Text>
      {pending === 0 && <Text>{closingMessage}</Text>}
    </section>
  );
}
