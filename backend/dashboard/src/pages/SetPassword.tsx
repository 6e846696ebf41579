import { Button, Card, Field, Input, Text, Title2 } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { Me } from '../../../../shared/api/accounts';
import type { DashboardApi } from '../api';
import { ErrorBar } from '../components/PageState';
import { useFormStyles } from './SignIn';
import { useAction } from '../components/use-action';

export interface SetPasswordPageProps {
  api: DashboardApi;
  token: string;
  /** A new colleague's first password (`welcome`), or a new one after a reset e-mail (`reset`). */
  purpose: 'welcome' | 'reset';
  onSignedIn: (me: Me) => void;
}

/** Where a set-password or reset link lands: choose a password, and be signed in. */
export function SetPasswordPage({ api, token, purpose, onSignedIn }: SetPasswordPageProps) {
  const styles = useFormStyles();
  const [password, setPassword] = useState('');
  const { run, error } = useAction();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    return run(async () =>
      onSignedIn(await (purpose === 'welcome' ? api.acceptInvite(token, password) : api.resetPassword(token, password))),
    );
  };
  return (
    <div className={styles.page}>
      <Card className={styles.card}>
        <Title2 as="h1">{purpose === 'welcome' ? 'Welcome' : 'Choose a new password'}</Title2>
        <Text>Choose a password for your Excel Interviewer account (at least 10 characters).</Text>
        <form className={styles.form} onSubmit={(e) => void submit(e)}>
          <Field label="New password" required>
            <Input type="password" autoComplete="new-password" value={password} onChange={(_, d) => setPassword(d.value)} />
          </Field>
          <ErrorBar message={error} />
          <Button appearance="primary" type="submit">
            Set password and sign in
          </Button>
        </form>
      </Card>
    </div>
  );
}
