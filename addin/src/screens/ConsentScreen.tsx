import { Button, Checkbox, makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { SessionView } from '../../../shared/api/sessions';
import { HOW_A_TASK_GOES, WHAT_IS_RECORDED } from '../../../shared/consent';

export interface ConsentScreenProps {
  session: SessionView;
  busy: boolean;
  onStart: () => void;
}

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/** What will happen and what is recorded, before anything is. */
export function ConsentScreen({ session, busy, onStart }: ConsentScreenProps) {
  const styles = useStyles();
  const [agreed, setAgreed] = useState(false);
  return (
    <section className={styles.column} aria-labelledby="consent-title">
      <Title3 as="h1" id="consent-title">
        Hello {session.candidateName}
      </Title3>
      <Text>
        {session.organisationName}’s interview has {session.taskCount} tasks and {Math.round(session.timeLimitSeconds / 60)} minutes in all.
        The clock starts when you press Start. For each task:
      </Text>
      <ul className={styles.list}>
        {HOW_A_TASK_GOES.map((line) => (
          <li key={line}>
            <Text>{line}</Text>
          </li>
        ))}
      </ul>
      <Text>What is recorded:</Text>
      <ul className={styles.list}>
        {WHAT_IS_RECORDED.map((line) => (
          <li key={line}>
            <Text>{line}</Text>
          </li>
        ))}
      </ul>
      <Checkbox checked={agreed} onChange={(_, d) => setAgreed(d.checked === true)} label="I understand and want to start" />
      <Button appearance="primary" disabled={!agreed || busy} onClick={onStart}>
        {busy ? 'Starting…' : 'Start'}
      </Button>
    </section>
  );
}
