import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import type { MailMessage } from '../../../../../shared/api/mail';
import type { DashboardApi } from '../../api';
import { Section, useLayout } from '../../components/layout';
import { PageState } from '../../components/PageState';
import { useLoad } from '../../components/use-load';
import { dateTime } from '../../format';
import { MailStateBadge } from '../../components/MailStateBadge';

export interface SentMailProps {
  api: DashboardApi;
}

const KIND: Record<MailMessage['kind'], string> = {
  invitation: 'Invitation',
  reminder: 'Reminder',
  set_password: 'Set password',
  reset_password: 'Reset password',
};

/** The organisation's outbox: every message with its tries, and its text for an admin without a mail transport. */
export function SentMail({ api }: SentMailProps) {
  const l = useLayout();
  const [mail, reload] = useLoad(() => api.mail(), []);
  return (
    <Section title="Sent mail">
      <PageState loaded={mail} retry={reload} isEmpty={(v) => v.length === 0} empty="No mail yet.">
        {(rows) => (
          <Table aria-label="Sent mail" size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>When</TableHeaderCell>
                <TableHeaderCell>What</TableHeaderCell>
                <TableHeaderCell>To</TableHeaderCell>
                <TableHeaderCell>State</TableHeaderCell>
                <TableHeaderCell>Message</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((m) => (
                <TableRow key={m.id}>
                  <TableCell>{dateTime(m.createdAt)}</TableCell>
                  <TableCell>{KIND[m.kind]}</TableCell>
                  <TableCell>{m.to}</TableCell>
                  <TableCell>
                    <MailStateBadge state={m.state} />
                    {m.log.at(-1)?.detail && <Text className={l.muted}> {m.log.at(-1)!.detail}</Text>}
                  </TableCell>
                  <TableCell>
                    <details>
                      <summary>{m.subject}</summary>
                      <Text as="p" block className={l.preWrap}>
                        {m.text}
                      </Text>
                    </details>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </PageState>
    </Section>
  );
}
