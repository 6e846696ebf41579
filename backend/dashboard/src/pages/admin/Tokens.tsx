import {
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
import { useState } from 'react';
import type { DashboardApi } from '../../api';
import { Section, useLayout } from '../../components/layout';
import { ErrorBar, PageState } from '../../components/PageState';
import { ShownOnce } from '../../components/ShownOnce';
import { useAction } from '../../components/use-action';
import { useLoad } from '../../components/use-load';
import { dateTime } from '../../format';

export interface TokensProps {
  api: DashboardApi;
}

export function Tokens({ api }: TokensProps) {
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
