import { Button, Text } from '@fluentui/react-components';
import { useEffect } from 'react';
import type { DashboardApi } from '../api';
import { PageHeading, useLayout } from '../components/layout';
import { PageState } from '../components/PageState';
import { ResultReport } from '../components/ResultReport';
import { useLoad } from '../components/use-load';
import { dateTime, setDisplayTimeZone } from '../format';

export interface SharedResultPageProps {
  api: DashboardApi;
  token: string;
}

/** A result opened from a share link, without an account: read-only, ready to print. */
export function SharedResultPage({ api, token }: SharedResultPageProps) {
  const l = useLayout();
  const [shared, reload] = useLoad(() => api.shared(token), [token]);
  useEffect(() => {
    if (shared.state === 'ready') setDisplayTimeZone(shared.value.organisation.timeZone);
  }, [shared]);
  return (
    <PageState loaded={shared} retry={reload}>
      {(s) => (
        <>
          <PageHeading title={s.results.candidateName}>
            <Button onClick={() => window.print()}>Print</Button>
          </PageHeading>
          <Text as="p" block className={l.muted}>
            {s.results.assessmentName} · started {dateTime(s.results.startedAt)} · finished {dateTime(s.results.completedAt)} · shared by{' '}
            {s.organisation.name}, read-only, until {dateTime(s.expiresAt)}
          </Text>
          <ResultReport results={s.results} editing={null} />
        </>
      )}
    </PageState>
  );
}
