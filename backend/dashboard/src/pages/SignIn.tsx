import { Button, Card, Field, Input, Link, makeStyles, Text, Title2, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { Me } from '../../../../shared/api/accounts';
import type { DashboardApi } from '../api';
import { ErrorBar } from '../components/PageState';
import { useAction } from '../components/use-action';

/** The sign-in card's width; Fluent has no token for layout widths. */
const CARD_WIDTH = '380px';

export const useFormStyles = makeStyles({
  page: { display: 'flex', justifyContent: 'center', padding: `10vh ${tokens.spacingHorizontalL}` },
  card: {
    width: CARD_WIDTH,
    maxWidth: '100%',
    padding: tokens.spacingHorizontalXXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface SignInPageProps {
  api: DashboardApi;
  onSignedIn: (me: Me) => void;
}

export function SignInPage({ api, onSignedIn }: SignInPageProps) {
  const styles = useFormStyles();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { run, error, busy } = useAction();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    return run(async () => onSignedIn(await api.signIn(email, password)));
  };
  return (
    <div className={styles.page}>
      <Card className={styles.card}>
        <Title2 as="h1">Sign in</Title2>
        <Text>Excel Interviewer — recruiters' dashboard</Text>
        <form className={styles.form} onSubmit={(e) => void submit(e)}>
          <Field label="Email" required>
            <Input type="email" autoComplete="username" value={email} onChange={(_, d) => setEmail(d.value)} />
          </Field>
          <Field label="Password" required>
            <Input type="password" autoComplete="current-password" value={password} onChange={(_, d) => setPassword(d.value)} />
          </Field>
          <ErrorBar message={error} />
          <Button appearance="primary" type="submit" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </Button>
        </form>
        <Link href="#/forgot">Forgot your password?</Link>
      </Card>
    </div>
  );
}
