import { Button, Card, Field, Input, Text, Title2 } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { Me } from '../../../../shared/api/accounts';
import type { DashboardApi } from '../api';
import { ErrorBar } from '../components/PageState';
import { useAction } from '../components/use-action';
import { useFormStyles } from './SignIn';

export interface SetupPageProps {
  api: DashboardApi;
  /** The one-time token from the server's log, in the link it printed. */
  token: string;
  onSignedIn: (me: Me) => void;
}

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** The first run of a fresh install: the organisation and its first admin, who is then signed in. */
export function SetupPage({ api, token, onSignedIn }: SetupPageProps) {
  const styles = useFormStyles();
  const [organisationName, setOrganisationName] = useState('');
  const [timeZone, setTimeZone] = useState(browserZone);
  const [adminName, setAdminName] = useState('');
  const [adminEmail, setAdminEmail] = useState('');
  const [password, setPassword] = useState('');
  const { run, error, busy } = useAction();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    return run(async () => onSignedIn(await api.setup({ token, organisationName, timeZone, adminName, adminEmail, password })));
  };
  return (
    <div className={styles.page}>
      <Card className={styles.card}>
        <Title2 as="h1">Set up Excel Interviewer</Title2>
        <Text>Create your organisation and its first admin account. This page works once, with the link the server printed.</Text>
        <form className={styles.form} onSubmit={(e) => void submit(e)}>
          <Field label="Organisation" required>
            <Input value={organisationName} onChange={(_, d) => setOrganisationName(d.value)} placeholder="Acme Ltd" />
          </Field>
          <Field label="Time zone" required hint="Every date you and your candidates see is in it.">
            <Input value={timeZone} onChange={(_, d) => setTimeZone(d.value)} />
          </Field>
          <Field label="Your name" required>
            <Input autoComplete="name" value={adminName} onChange={(_, d) => setAdminName(d.value)} />
          </Field>
          <Field label="Your email" required>
            <Input type="email" autoComplete="username" value={adminEmail} onChange={(_, d) => setAdminEmail(d.value)} />
          </Field>
          <Field label="Password" required hint="At least 10 characters.">
            <Input type="password" autoComplete="new-password" value={password} onChange={(_, d) => setPassword(d.value)} />
          </Field>
          <ErrorBar message={error} />
          <Button appearance="primary" type="submit" disabled={busy}>
            Create and sign in
          </Button>
        </form>
      </Card>
    </div>
  );
}
