import { Button, Checkbox, Combobox, Field, Input, Option, Text, Textarea } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { Settings } from '../../../../../shared/api/accounts';
import type { DashboardApi } from '../../api';
import { Section, useLayout } from '../../components/layout';
import { ErrorBar, PageState } from '../../components/PageState';
import { useAction } from '../../components/use-action';
import { useLoad } from '../../components/use-load';

export interface OrganisationProps {
  api: DashboardApi;
  /** Called after a save, so the page's name and time zone follow at once. */
  onSaved: (settings: Settings) => void;
}

/** Every zone the browser knows, for the time-zone picker. */
const zones = () => (typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC']);

/** The organisation as candidates and colleagues see it: its name, time zone, message, and what it keeps. */
export function Organisation({ api, onSaved }: OrganisationProps) {
  const l = useLayout();
  const [settings, reload] = useLoad(() => api.settings(), []);
  const [name, setName] = useState('');
  const [timeZone, setTimeZone] = useState('UTC');
  const [message, setMessage] = useState('');
  const [closing, setClosing] = useState('');
  const [seeScores, setSeeScores] = useState(false);
  const [retention, setRetention] = useState('');
  const [reminder, setReminder] = useState('24');
  const [stages, setStages] = useState('');
  const [saved, setSaved] = useState(false);
  const { run, error, fieldError } = useAction();
  const allZones = useMemo(zones, []);
  useEffect(() => {
    if (settings.state !== 'ready') return;
    const s = settings.value;
    setName(s.name);
    setTimeZone(s.timeZone);
    setMessage(s.candidateMessage ?? '');
    setClosing(s.closingMessage ?? '');
    setSeeScores(s.candidatesSeeScores);
    setRetention(s.retentionDays === null ? '' : String(s.retentionDays));
    setReminder(String(s.reminderHours));
    setStages(s.stages.join('\n'));
  }, [settings]);
  const save = () =>
    run(async () => {
      setSaved(false);
      const next = await api.saveSettings({
        name,
        timeZone,
        candidateMessage: message.trim() || null,
        closingMessage: closing.trim() || null,
        candidatesSeeScores: seeScores,
        retentionDays: retention.trim() ? Number(retention) : null,
        reminderHours: Number(reminder),
        stages: stages
          .split('\n')
          .map((x) => x.trim())
          .filter(Boolean),
      });
      setSaved(true);
      onSaved(next);
      reload();
    });
  return (
    <Section title="Organisation">
      <PageState loaded={settings} retry={reload}>
        {(s) => (
          <div className={l.stack}>
            <div className={l.row}>
              <Field label="Name" {...fieldError('name')}>
                <Input value={name} onChange={(_, d) => setName(d.value)} className={l.wideField} />
              </Field>
              <Field
                label="Time zone"
                {...fieldError('timeZone')}
                hint="Every date your colleagues and candidates see is in this zone, named."
              >
                <Combobox
                  value={timeZone}
                  selectedOptions={[timeZone]}
                  onOptionSelect={(_, d) => d.optionValue && setTimeZone(d.optionValue)}
                  onChange={(e) => setTimeZone(e.target.value)}
                  className={l.pickerField}
                >
                  {allZones
                    .filter((z) => z.toLowerCase().includes(timeZone.toLowerCase()) || z === s.timeZone)
                    .slice(0, 60)
                    .map((z) => (
                      <Option key={z} value={z}>
                        {z}
                      </Option>
                    ))}
                </Combobox>
              </Field>
            </div>
            <Field
              label="Message to candidates"
              {...fieldError('candidateMessage')}
              hint="In the invitation, on their page and in Excel before they start."
            >
              <Textarea value={message} onChange={(_, d) => setMessage(d.value)} resize="vertical" rows={3} />
            </Field>
            <Field
              label="What happens next"
              hint={`Shown in Excel when the interview ends. Empty says: “${s.name} has your work and will be in touch about what happens next.”`}
            >
              <Textarea value={closing} onChange={(_, d) => setClosing(d.value)} resize="vertical" rows={2} />
            </Field>
            <Checkbox checked={seeScores} onChange={(_, d) => setSeeScores(d.checked === true)} label="Candidates see their scores" />
            <div className={l.row}>
              <Field
                label="Keep candidate data for (days)"
                {...fieldError('retentionDays')}
                hint="Empty keeps it. Older data is deleted every night, and the deletion logged."
              >
                <Input type="number" min={1} max={3650} value={retention} onChange={(_, d) => setRetention(d.value)} />
              </Field>
              <Field label="Remind candidates (hours before the code expires)" {...fieldError('reminderHours')} hint="0 sends no reminder.">
                <Input type="number" min={0} max={720} value={reminder} onChange={(_, d) => setReminder(d.value)} />
              </Field>
            </div>
            <Field
              label="Pipeline stages (one per line, in order)"
              {...fieldError('stages')}
              hint="Every new interview starts in the first. An interview in a stage you remove moves to the first."
            >
              <Textarea value={stages} onChange={(_, d) => setStages(d.value)} resize="vertical" rows={5} />
            </Field>
            <div className={l.row}>
              <Button appearance="primary" onClick={() => void save()}>
                Save
              </Button>
              {saved && <Text role="status">Saved.</Text>}
            </div>
            <ErrorBar message={error} />
            <Text className={l.muted}>
              {s.mail.transport === 'outbox'
                ? 'Mail: no transport is configured, so e-mails are kept under "Sent mail" below for you to pass on. Set SMTP_URL (or MAIL_API_URL) on the server to send them.'
                : `Mail is sent by ${s.mail.transport === 'smtp' ? 'SMTP' : 'an HTTP mail API'}, from ${s.mail.from ?? 'the server’s address'}.`}
            </Text>
          </div>
        )}
      </PageState>
    </Section>
  );
}
