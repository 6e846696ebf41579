import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Text, Textarea, Title3, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { WorkbookSnapshot } from '../../../shared/snapshot';
import { authorApi } from '../api';
import { messageOf } from '../hooks/use-notice';

export interface AuthorScreenProps {
  baseUrl: string;
  /** Reads the open workbook as the grader reads a hand-in. */
  readSnapshot: () => Promise<WorkbookSnapshot>;
  onLeave: () => void;
}

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

type Captures = { starter: string | null; solved: string | null };
const at = (iso: string | null) => (iso ? new Date(iso).toLocaleTimeString() : null);

/**
 * Author mode, for recruiters: connect with the one-time code from Your tasks in the dashboard, capture this
 * workbook as the starter (as candidates get it) and, once solved, as the solved version, then send both to
 * the dashboard as a task draft. Nothing here touches a candidate's interview.
 */
export function AuthorScreen({ baseUrl, readSnapshot, onLeave }: AuthorScreenProps) {
  const styles = useStyles();
  const [token, setToken] = useState<string | null>(null);
  const [organisation, setOrganisation] = useState('');
  const [code, setCode] = useState('');
  const [server, setServer] = useState(baseUrl);
  const [showServer, setShowServer] = useState(false);
  const [captures, setCaptures] = useState<Captures>({ starter: null, solved: null });
  const [instructions, setInstructions] = useState('');
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ intent: 'error' | 'success'; text: string } | null>(null);

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setMessage(null);
    try {
      await work();
    } catch (error) {
      setMessage({ intent: 'error', text: messageOf(error) });
    } finally {
      setBusy(false);
    }
  };
  const connect = (e: FormEvent) => {
    e.preventDefault();
    void act(async () => {
      const connected = await authorApi(server.trim(), null).connect(code.trim());
      setToken(connected.token);
      setOrganisation(connected.organisation);
    });
  };
  const capture = (kind: 'starter' | 'solved') =>
    void act(async () => setCaptures(await authorApi(server.trim(), token).capture(kind, await readSnapshot())));
  const send = () =>
    void act(async () => {
      const draft = await authorApi(server.trim(), token).draft(instructions.trim(), title.trim());
      const failing = draft.selfTests.filter((t) => !t.passed).length;
      setMessage({
        intent: 'success',
        text: `Sent “${draft.task.title}” to Your tasks in the dashboard${failing ? ` (${failing} self-test${failing === 1 ? '' : 's'} to look at)` : ''}: review and publish it there.`,
      });
    });

  return (
    <div className={styles.form}>
      <Title3 as="h1">Write a task</Title3>
      {message && (
        <MessageBar intent={message.intent} role={message.intent === 'error' ? 'alert' : 'status'}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      {!token ? (
        <form className={styles.form} onSubmit={connect} aria-label="Connect as an author">
          <Text>In the dashboard, open Your tasks and choose “Show a code for the task pane”. Type that code here.</Text>
          <Field label="Author code" required>
            <Input value={code} onChange={(_, d) => setCode(d.value)} placeholder="ABCD-EFGH-JKLM" autoComplete="off" autoFocus />
          </Field>
          {showServer ? (
            <Field label="Server address" hint="The address of your organisation's Excel Interviewer.">
              <Input value={server} onChange={(_, d) => setServer(d.value)} type="url" />
            </Field>
          ) : (
            <Button appearance="transparent" onClick={() => setShowServer(true)}>
              Change server
            </Button>
          )}
          <div className={styles.row}>
            <Button appearance="primary" type="submit" disabled={busy || !code.trim()}>
              Connect
            </Button>
            <Button onClick={onLeave}>Back to the interview</Button>
          </div>
        </form>
      ) : (
        <>
          <Text>
            Connected to {organisation}. Build the starter sheet as candidates should get it and capture it; then solve it here and capture
            the solved workbook.
          </Text>
          <div className={styles.row}>
            <Button disabled={busy} onClick={() => capture('starter')}>
              Capture starter
            </Button>
            <Button disabled={busy} onClick={() => capture('solved')}>
              Capture solved
            </Button>
          </div>
          <Text role="status">
            Starter: {at(captures.starter) ?? 'not captured'} · Solved: {at(captures.solved) ?? 'not captured'}
          </Text>
          <Field label="Instructions" hint="What the candidate reads" required>
            <Textarea value={instructions} onChange={(_, d) => setInstructions(d.value)} rows={3} />
          </Field>
          <Field label="Title" hint="Empty: from the instructions">
            <Input value={title} onChange={(_, d) => setTitle(d.value)} />
          </Field>
          <Button appearance="primary" disabled={busy || !captures.starter || !captures.solved || !instructions.trim()} onClick={send}>
            Send to the dashboard
          </Button>
        </>
      )}
    </div>
  );
}
