import { Button, Checkbox, makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { SessionView } from '../../../shared/api/sessions';
import { HOW_A_TASK_GOES, WHAT_IS_RECORDED } from '../../../shared/consent';

export interface ConsentScreenProps {
  session: SessionView;
  onStart: () => void;
}

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/** What will happen and what is recorded, before anything is. */
export function ConsentScreen({ session, onStart }: ConsentScreenProps) {
  const styles = useStyles();
  const [agreed, setAgreed] = useState(false);
  return (
    <section className={styles.column} aria-labelledby="consent-title">
      <Title3 as="h1" id="consent-title">
        Hello {session.candidateName}
      </Title3>
      <Text>This interview has {session.taskCount} tasks. For each one:</Text>
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
      <Button appearance="primary" disabled={!agreed} onClick={onStart}>
        Start
      </Button>
    </section>
  );
}
