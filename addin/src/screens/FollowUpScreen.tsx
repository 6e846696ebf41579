import { Button, Field, makeStyles, Text, Textarea, Title3, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { FollowUpQuestion } from '../../../shared/api/follow-ups';

export interface FollowUpScreenProps {
  followUp: FollowUpQuestion;
  busy: boolean;
  onAnswer: (answer: string) => void;
}

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  question: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

/** One chat turn: the interviewer's question about what the candidate built, and their answer. */
export function FollowUpScreen({ followUp, busy, onAnswer }: FollowUpScreenProps) {
  const styles = useStyles();
  const [answer, setAnswer] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (answer.trim()) onAnswer(answer.trim());
  };
  return (
    <form className={styles.form} onSubmit={submit} aria-labelledby="follow-up-title">
      <Title3 as="h1" id="follow-up-title">
        {followUp.turn === 2 ? 'One more thing about your work' : 'One question about your work'}
      </Title3>
      <Text className={styles.question}>{followUp.question}</Text>
      <Field label="Your answer" hint="A few sentences, in your own words.">
        <Textarea value={answer} onChange={(_, d) => setAnswer(d.value)} resize="vertical" rows={5} maxLength={4000} />
      </Field>
      <Button appearance="primary" type="submit" disabled={busy || !answer.trim()}>
        {busy ? 'Sending…' : 'Send answer'}
      </Button>
    </form>
  );
}
