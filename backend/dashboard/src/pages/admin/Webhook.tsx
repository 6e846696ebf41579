import {
  Badge,
  Button,
  Field,
  Input,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { DashboardApi } from '../../api';
import { Section, useLayout } from '../../components/layout';
import { ErrorBar, PageState } from '../../components/PageState';
import { useAction } from '../../components/use-action';
import { useLoad } from '../../components/use-load';
import { dateTime } from '../../format';

export interface WebhookProps {
  api: DashboardApi;
}

export function Webhook({ api }: WebhookProps) {
  const l = useLayout();
  const [settings, reload] = useLoad(() => api.settings(), []);
  const [deliveries, reloadDeliveries] = useLoad(() => api.deliveries(), []);
  const [url, setUrl] = useState('');
  const [secret, setSecret] = useState('');
  const { run, error, fieldError } = useAction();
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
          When an interview starts, completes or runs out of time, a score is overridden or a candidate changes stage, we POST the event to
          this URL (every event and its body are in the API document), signed: the header X-Excel-Interviewer-Signature is
          sha256=HMAC-SHA256(secret, body) in hex. Failed deliveries are retried with backoff (8 attempts).
        </Text>
        <PageState loaded={settings} retry={reload}>
          {(s) => (
            <>
              <div className={l.row}>
                <Field label="URL" {...fieldError('webhookUrl')}>
                  <Input
                    type="url"
                    value={url}
                    onChange={(_, d) => setUrl(d.value)}
                    placeholder="https://ats.example.com/hooks/excel"
                    className={l.wideField}
                  />
                </Field>
                <Field
                  label={s.webhookSecretSet ? 'Secret (set; type to replace)' : 'Secret (at least 16 characters)'}
                  {...fieldError('webhookSecret')}
                >
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
                  <TableHeaderCell>Again</TableHeaderCell>
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
                    <TableCell>
                      <Button size="small" onClick={() => void run(async () => (await api.replayDelivery(d.id), reloadDeliveries()))}>
                        Send again
                      </Button>
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
