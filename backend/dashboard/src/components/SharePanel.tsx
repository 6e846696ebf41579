import {
  Button,
  Field,
  SpinButton,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { DashboardApi } from '../api';
import { dateTime } from '../format';
import { useLayout } from './layout';
import { ShownOnce } from './ShownOnce';
import { useAction } from './use-action';
import { useLoad } from './use-load';

export interface SharePanelProps {
  api: DashboardApi;
  sessionId: string;
}

/** Read-only links to this result for a hiring manager without an account: made, listed with their openings, revoked. */
export function SharePanel({ api, sessionId }: SharePanelProps) {
  const l = useLayout();
  const [links, reload] = useLoad(() => api.shareLinks(sessionId), [sessionId]);
  const [days, setDays] = useState(14);
  const [made, setMade] = useState<string | null>(null);
  const action = useAction();
  return (
    <div className={l.spaced}>
      <Text weight="semibold">Share a read-only link</Text>
      <div className={l.row}>
        <Field label="Expires after (days)">
          <SpinButton value={days} min={1} max={90} onChange={(_, d) => setDays(d.value ?? Number(d.displayValue) ?? 14)} />
        </Field>
        <Button
          disabled={action.busy}
          onClick={() =>
            void action.run(async () => {
              const created = await api.createShareLink(sessionId, days);
              setMade(created.url);
              reload();
            })
          }
        >
          Make a link
        </Button>
        {action.error && <Text role="alert">{action.error}</Text>}
      </div>
      {made && <ShownOnce label="Send this link to whoever should read the result." value={made} />}
      {links.state === 'ready' && links.value.length > 0 && (
        <Table aria-label="Share links" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Made</TableHeaderCell>
              <TableHeaderCell>Expires</TableHeaderCell>
              <TableHeaderCell>Opened</TableHeaderCell>
              <TableHeaderCell>State</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {links.value.map((link) => (
              <TableRow key={link.id}>
                <TableCell>
                  {dateTime(link.createdAt)} by {link.createdBy ?? 'an integration'}
                </TableCell>
                <TableCell>{dateTime(link.expiresAt)}</TableCell>
                <TableCell>
                  {link.opens} times{link.lastOpenedAt ? `, last ${dateTime(link.lastOpenedAt)}` : ''}
                </TableCell>
                <TableCell>
                  {link.revokedAt ? (
                    `Revoked ${dateTime(link.revokedAt)}`
                  ) : (
                    <Button
                      size="small"
                      onClick={() =>
                        void action.run(async () => {
                          await api.revokeShareLink(link.id);
                          reload();
                        })
                      }
                    >
                      Revoke
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
