import type { Me, Settings } from '../../../../shared/api/accounts';
import type { DashboardApi } from '../api';
import { PageHeading } from '../components/layout';
import { Organisation } from './admin/Organisation';
import { People } from './admin/People';
import { SentMail } from './admin/SentMail';
import { Tokens } from './admin/Tokens';
import { Webhook } from './admin/Webhook';

export interface AdminPageProps {
  api: DashboardApi;
  me: Me;
  onOrganisationChanged: (settings: Settings) => void;
}

/** An admin's page: the organisation, its people, API tokens, the webhook, and the mail it has sent. */
export function AdminPage({ api, me, onOrganisationChanged }: AdminPageProps) {
  return (
    <>
      <PageHeading title="Admin" />
      <Organisation api={api} onSaved={onOrganisationChanged} />
      <People api={api} me={me} />
      <Tokens api={api} />
      <Webhook api={api} />
      <SentMail api={api} />
    </>
  );
}
