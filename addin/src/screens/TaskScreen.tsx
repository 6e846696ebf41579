import { Badge, Button, makeStyles, ProgressBar, Text, Title3, tokens } from '@fluentui/react-components';
import type { SessionView } from '../../../shared/api/sessions';
import { skillName, type TaskPublic } from '../../../shared/task';
import { Countdown } from './Countdown';

export interface TaskScreenProps {
  task: TaskPublic;
  session: SessionView;
  /** When the task's own time and the interview's are up, on this machine's clock. */
  deadlines: { task: number; interview: number };
  working: 'setup' | 'submit' | null;
  onSetup: () => void;
  onSubmit: () => void;
}

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  meta: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  instructions: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

const LEVEL = { 1: 'Warm-up', 2: 'Standard', 3: 'Advanced' } as const;

/** One task: what to do, where the answer goes, the time left on it and on the interview, and the two actions. */
export function TaskScreen({ task, session, deadlines, working, onSetup, onSubmit }: TaskScreenProps) {
  const styles = useStyles();
  return (
    <section className={styles.column} aria-labelledby="task-title">
      <div className={styles.meta}>
        <Text weight="semibold">
          Task {session.taskNumber} of {session.taskCount}
        </Text>
        <Badge appearance="outline">{skillName(task.skill)}</Badge>
        <Badge appearance="outline">{LEVEL[task.difficulty]}</Badge>
      </div>
      <div className={styles.meta}>
        <Countdown label="Task" deadline={deadlines.task} over="Task: over its time (recorded)" />
        <Countdown label="Interview" deadline={deadlines.interview} over="Interview: time is up" />
      </div>
      <Title3 as="h1" id="task-title">
        {task.title}
      </Title3>
      <Text className={styles.instructions}>{task.instructions}</Text>
      <Text size={200}>
        Answer: {task.answer.description}
        {task.answer.kind === 'range' ? ` (${task.answer.sheet}!${task.answer.range})` : ''}
      </Text>
      {working && <ProgressBar aria-label={working === 'setup' ? 'Setting up the sheet' : 'Handing in'} />}
      <div className={styles.actions}>
        <Button onClick={onSetup} disabled={working !== null}>
          Set up sheet
        </Button>
        <Button appearance="primary" onClick={onSubmit} disabled={working !== null}>
          {working === 'submit' ? 'Handing in…' : 'Hand in'}
        </Button>
      </div>
    </section>
  );
}
