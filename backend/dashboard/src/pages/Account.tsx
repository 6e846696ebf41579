import { Button, Field, Input, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { Me } from '../../../../shared/api/accounts';
import type { DashboardApi } from '../api';
import { PageHeading, Section, useLayout } from '../components/layout';
import { ErrorBar } from '../components/PageState';
import { useAction } from '../components/use-action';

export interface AccountPageProps {
  api: DashboardApi;
  me: Me;
}

/** Your own account: who you are, and changing your password (your other sign-ins end). */
export function AccountPage({ api, me }: AccountPageProps) {
  const l = useLayout();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [done, setDone] = useState(false);
  const { run, error, busy } = useAction();
  const change = () =>
    run(async () => {
      setDone(false);
      await api.changePassword(current, next);
      setCurrent('');
      setNext('');
      setDone(true);
    });
  return (
    <>
      <PageHeading title="Your account" />
      <Section title="You">
        <Text>
          {me.user.name} · {me.user.email} · {me.user.role} of {me.organisation.name}
        </Text>
      </Section>
      <Section title="Password">
        <div className={l.row}>
          <Field label="Current password">
            <Input type="password" autoComplete="current-password" value={current} onChange={(_, d) => setCurrent(d.value)} />
          </Field>
          <Field label="New password" hint="At least 10 characters.">
            <Input type="password" autoComplete="new-password" value={next} onChange={(_, d) => setNext(d.value)} />
          </Field>
          <Button appearance="primary" disabled={busy || !current || next.length < 10} onClick={() => void change()}>
            Change password
          </Button>
        </div>
        <ErrorBar message={error} />
        {done && <Text role="status">Changed. Your other sign-ins have ended; this one stays.</Text>}
      </Section>
    </>
  );
}
