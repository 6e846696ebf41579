import { Button, Checkbox, makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { SessionView } from '../../../shared/api/sessions';

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
        <li>
          <Text>"Set up sheet" adds the task's data to this workbook.</Text>
        </li>
        <li>
          <Text>You work in Excel as you normally would, within the time shown.</Text>
        </li>
        <li>
          <Text>"Submit" sends what the workbook contains: values, formulas, tables, charts and formats.</Text>
        </li>
      </ul>
      <Text>While you work, the add-in records what you change (edits, formulas, pastes), not your screen or keystrokes.</Text>
      <Checkbox checked={agreed} onChange={(_, d) => setAgreed(d.checked === true)} label="I understand and want to start" />
      <Button appearance="primary" disabled={!agreed} onClick={onStart}>
        Start
      </Button>
    </section>
  );
}
