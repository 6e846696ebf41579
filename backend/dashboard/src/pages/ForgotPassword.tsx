import { Button, Card, Field, Input, Link, Text, Title2 } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { DashboardApi } from '../api';
import { ErrorBar } from '../components/PageState';
import { useAction } from '../components/use-action';
import { useFormStyles } from './SignIn';

export interface ForgotPasswordPageProps {
  api: DashboardApi;
}

/** A forgotten password: ask for a link by e-mail; the answer never says whether the email has an account. */
export function ForgotPasswordPage({ api }: ForgotPasswordPageProps) {
  const styles = useFormStyles();
  const [email, setEmail] = useState('');
  const [answer, setAnswer] = useState<string | null>(null);
  const { run, error, busy } = useAction();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    return run(async () => setAnswer((await api.forgotPassword(email)).message));
  };
  return (
    <div className={styles.page}>
      <Card className={styles.card}>
        <Title2 as="h1">Forgot your password?</Title2>
        <Text>We e-mail you a link to choose a new one.</Text>
        <form className={styles.form} onSubmit={(e) => void submit(e)}>
          <Field label="Email" required>
            <Input type="email" autoComplete="username" value={email} onChange={(_, d) => setEmail(d.value)} />
          </Field>
          <ErrorBar message={error} />
          {answer && <Text role="status">{answer}</Text>}
          <Button appearance="primary" type="submit" disabled={busy || !email}>
            Send the link
          </Button>
        </form>
        <Link href="#/">Back to sign in</Link>
      </Card>
    </div>
  );
}
