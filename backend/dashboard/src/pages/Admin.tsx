import {
  Badge,
  Button,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Role } from '../../../../shared/api/accounts';
import type { DashboardApi } from '../api';
import { PageHeading, Section, useLayout } from '../components/layout';
import { ErrorBar, PageState } from '../components/PageState';
import { useLoad } from '../components/use-load';
import { dateTime } from '../format';
import { useAction } from '../components/use-action';

export interface ShownOnceProps {
  label: string;
  value: string;
}

/** Something shown once (a token, a set-password link), with a button to copy it. */
function ShownOnce({ label, value }: ShownOnceProps) {
  const l = useLayout();
  return (
    <MessageBar intent="success">
      <MessageBarBody>
        {label} It is shown only now.{' '}
        <span className={l.mono} data-testid="shown-once">
          {value}
        </span>{' '}
        <Button size="small" onClick={() => void navigator.clipboard.writeText(value).catch(() => undefined)}>
          Copy
        </Button>
      </MessageBarBody>
    </MessageBar>
  );
}

export interface PeopleProps {
  api: DashboardApi;
}

function People({ api }: PeopleProps) {
  const l = useLayout();
  const [users, reload] = useLoad(() => api.users(), []);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('recruiter');
  const [link, setLink] = useState<string | null>(null);
  const { run, error } = useAction();
  const invite = () =>
    run(async () => {
      const made = await api.inviteUser({ email, name, role });
      setLink(`${window.location.origin}/dashboard/#/welcome?token=${made.setPasswordToken}`);
      setEmail('');
      setName('');
      reload();
    });
  return (
    <Section title="People">
      <PageState loaded={users} retry={reload}>
        {(rows) => (
          <Table aria-label="People" size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Name</TableHeaderCell>
                <TableHeaderCell>Email</TableHeaderCell>
                <TableHeaderCell>Role</TableHeaderCell>
                <TableHeaderCell>Status</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((u) => (
                <TableRow key={u.id}>
                  <TableCell>{u.name}</TableCell>
                  <TableCell>{u.email}</TableCell>
                  <TableCell>{u.role}</TableCell>
                  <TableCell>
                    {u.active ? (
                      <Badge color="success" appearance="tint">
                        active
                      </Badge>
                    ) : (
                      <Badge appearance="tint">invited</Badge>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </PageState>
      <div className={l.actions}>
        <Field label="Name">
          <Input value={name} onChange={(_, d) => setName(d.value)} />
        </Field>
        <Field label="Email">
          <Input type="email" value={email} onChange={(_, d) => setEmail(d.value)} />
        </Field>
        <Field label="Role">
          <Dropdown value={role} selectedOptions={[role]} onOptionSelect={(_, d) => setRole(d.optionValue as Role)}>
            <Option value="recruiter">recruiter</Option>
            <Option value="admin">admin</Option>
          </Dropdown>
        </Field>
        <Button appearance="primary" disabled={!email || !name} onClick={() => void invite()}>
          Invite colleague
        </Button>
      </div>
      <ErrorBar message={error} />
      {link && <ShownOnce label="Send this link to your colleague to set their password (valid 7 days)." value={link} />}
    </Section>
  );
}

export interface TokensProps {
  api: DashboardApi;
}

function Tokens({ api }: TokensProps) {
  const l = useLayout();
  const [tokens, reload] = useLoad(() => api.apiTokens(), []);
  const [name, setName] = useState('');
  const [made, setMade] = useState<string | null>(null);
  const { run, error } = useAction();
  const act = (work: () => Promise<unknown>) =>
    run(async () => {
      await work();
      reload();
    });
  return (
    <Section title="API tokens">
      <Text as="p" block className={l.muted}>
        For integrations (an ATS, a script). A token acts as a recruiter of this organisation; only its hash is stored.
      </Text>
      <PageState loaded={tokens} retry={reload} isEmpty={(v) => v.length === 0} empty="No API tokens.">
        {(rows) => (
          <Table aria-label="API tokens" size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Name</TableHeaderCell>
                <TableHeaderCell>Created</TableHeaderCell>
                <TableHeaderCell>Status</TableHeaderCell>
                <TableHeaderCell />
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((t) => (
                <TableRow key={t.id}>
                  <TableCell>{t.name}</TableCell>
                  <TableCell>{dateTime(t.createdAt)}</TableCell>
                  <TableCell>{t.revokedAt ? `revoked ${dateTime(t.revokedAt)}` : 'active'}</TableCell>
                  <TableCell>
                    {!t.revokedAt && (
                      <Button size="small" onClick={() => void act(() => api.revokeApiToken(t.id))}>
                        Revoke
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </PageState>
      <div className={l.actions}>
        <Field label="Token name">
          <Input value={name} onChange={(_, d) => setName(d.value)} placeholder="Greenhouse sync" />
        </Field>
        <Button
          appearance="primary"
          disabled={!name.trim()}
          onClick={() =>
            void act(async () => {
              setMade((await api.createApiToken(name)).token);
              setName('');
            })
          }
        >
          Create token
        </Button>
      </div>
      <ErrorBar message={error} />
      {made && <ShownOnce label="Your new API token." value={made} />}
    </Section>
  );
}

export interface WebhookProps {
  api: DashboardApi;
}

function Webhook({ api }: WebhookProps) {
  const l = useLayout();
  const [settings, reload] = useLoad(() => api.settings(), []);
  const [deliveries, reloadDeliveries] = useLoad(() => api.deliveries(), []);
  const [url, setUrl] = useState('');
  const [secret, setSecret] = useState('');
  const { run, error } = useAction();
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (settings.state === 'ready') setUrl(settings.value.webhookUrl ?? '');
  }, [settings]);
  const save = () =>
    run(async () => {
      setSaved(false);
      await api.saveSettings({ webhookUrl: url.trim() || null, ...(secret ? { webhookSecret: secret } : {}) });
      setSecret('');
      setSaved(true);
      reload();
    });
  return (
    <>
      <Section title="Webhook">
        <Text as="p" block className={l.muted}>
          When an interview completes we POST it to this URL, signed: the header X-Excel-Interviewer-Signature is sha256=HMAC-SHA256(secret,
          body) in hex. Failed deliveries are retried with backoff (8 attempts).
        </Text>
        <PageState loaded={settings} retry={reload}>
          {(s) => (
            <>
              <div className={l.row}>
                <Field label="URL">
                  <Input
                    type="url"
                    value={url}
                    onChange={(_, d) => setUrl(d.value)}
                    placeholder="https://ats.example.com/hooks/excel"
                    className={l.wideField}
                  />
                </Field>
                <Field label={s.webhookSecretSet ? 'Secret (set; type to replace)' : 'Secret (at least 16 characters)'}>
                  <Input type="password" value={secret} onChange={(_, d) => setSecret(d.value)} />
                </Field>
                <Button appearance="primary" onClick={() => void save()}>
                  Save
                </Button>
                {saved && <Text role="status">Saved.</Text>}
              </div>
              <ErrorBar message={error} />
              <h3>LLM</h3>
              <Text as="p" block>
                {s.llm.configured
                  ? `Model ${s.llm.model} at ${s.llm.endpoint}. The key is set in the server's environment and never shown.`
                  : "No LLM is configured: scores are the grader's alone. Set OPENAI_BASE_URL and OPENAI_API_KEY on the server."}
              </Text>
            </>
          )}
        </PageState>
      </Section>
      <Section title="Webhook deliveries">
        <PageState loaded={deliveries} retry={reloadDeliveries} isEmpty={(v) => v.length === 0} empty="Nothing sent yet.">
          {(rows) => (
            <Table aria-label="Webhook deliveries" size="small">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>When</TableHeaderCell>
                  <TableHeaderCell>Event</TableHeaderCell>
                  <TableHeaderCell>Status</TableHeaderCell>
                  <TableHeaderCell>Attempts</TableHeaderCell>
                  <TableHeaderCell>Last answer</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((d) => (
                  <TableRow key={d.id}>
                    <TableCell>{dateTime(d.createdAt)}</TableCell>
                    <TableCell>{d.event}</TableCell>
                    <TableCell>
                      <Badge appearance="tint" color={d.status === 'delivered' ? 'success' : d.status === 'failed' ? 'danger' : 'warning'}>
                        {d.status}
                      </Badge>
                    </TableCell>
                    <TableCell>{d.attempts}</TableCell>
                    <TableCell>
                      {d.lastError ?? (d.lastStatus ? `HTTP ${d.lastStatus}` : '—')}
                      {d.nextAttemptAt ? ` · next try ${dateTime(d.nextAttemptAt)}` : ''}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </PageState>
      </Section>
    </>
  );
}

export interface AdminPageProps {
  api: DashboardApi;
}

export function AdminPage({ api }: AdminPageProps) {
  return (
    <>
      <PageHeading title="Admin" />
      <People api={api} />
      <Tokens api={api} />
      <Webhook api={api} />
    </>
  );
}
