import { Button, Field, Input, makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';

export interface ConnectScreenProps {
  baseUrl: string;
  busy: boolean;
  onConnect: (code: string, baseUrl: string) => void;
  /** A recruiter writing a task, not a candidate: the author mode. */
  onAuthor: () => void;
}

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** The first screen: the invite code from the recruiter's email, and where the server is. */
export function ConnectScreen({ baseUrl, busy, onConnect, onAuthor }: ConnectScreenProps) {
  const styles = useStyles();
  const [code, setCode] = useState('');
  const [server, setServer] = useState(baseUrl);
  const [showServer, setShowServer] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (code.trim()) onConnect(code.trim(), server.trim());
  };
  return (
    <form className={styles.form} onSubmit={submit} aria-label="Connect">
      <Title3 as="h1">Start your interview</Title3>
      <Text>
        Enter the code from your invitation (it is also on your interview page). You will solve a few short tasks in this workbook; the
        clock starts only when you press Start.
      </Text>
      <Field label="Invite code" required>
        <Input value={code} onChange={(_, d) => setCode(d.value)} placeholder="ABCD-EFGH-JKLM" autoFocus autoComplete="off" />
      </Field>
      {showServer ? (
        <Field label="Server address" hint="Only change this if your recruiter told you to.">
          <Input value={server} onChange={(_, d) => setServer(d.value)} type="url" />
        </Field>
      ) : (
        <Button appearance="transparent" onClick={() => setShowServer(true)}>
          Change server
        </Button>
      )}
      <Button appearance="primary" type="submit" disabled={busy || !code.trim()}>
        {busy ? 'Connecting…' : 'Continue'}
      </Button>
      <Button appearance="transparent" onClick={onAuthor}>
        Writing a task? Recruiters connect here
      </Button>
    </form>
  );
}
