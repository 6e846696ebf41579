import {
  Badge,
  Button,
  Checkbox,
  Field,
  Input,
  SearchBox,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Invite } from '../../../../shared/api/invites';
import { ApiError, type DashboardApi } from '../api';
import { AssessmentPicker } from '../components/AssessmentPicker';
import { PageHeading, Section, useLayout } from '../components/layout';
import { ErrorBar, PageState } from '../components/PageState';
import { useLoad } from '../components/use-load';
import { dateTime } from '../format';
import { parseCandidates } from '../paste-candidates';
import { go } from '../route';
import { CursorPager, useCursorPages } from '../components/CursorPager';
import { useAction } from '../components/use-action';
import { MailStateBadge } from '../components/MailStateBadge';

const STATUS_COLOR = { open: 'brand', redeemed: 'success', expired: 'warning', revoked: 'danger' } as const;

/** What to send a candidate by hand: the code, until when, and their page, which says how to open the add-in. */
export const inviteMessage = (invite: Invite) =>
  `Hello ${invite.candidateName}, your Excel interview code is ${invite.code}, valid until ${dateTime(invite.expiresAt)}. Your page says what the interview is and how to open it in Excel: ${invite.joinUrl}`;

export interface InvitesPageProps {
  api: DashboardApi;
  assessmentId: string | null;
}

/** How soon the list is read again while an e-mail is being sent. */
const MAIL_RECHECK_MS = 2_000;

export function InvitesPage({ api, assessmentId: initial }: InvitesPageProps) {
  const l = useLayout();
  const [assessments] = useLoad(() => api.assessments(), []);
  const [assessmentId, setAssessmentId] = useState<string | null>(initial);
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  const pages = useCursorPages();
  const { cursor } = pages;
  const [invites, reload] = useLoad(
    () => api.invites({ assessmentId: assessmentId ?? undefined, q: search, cursor }),
    [assessmentId, search, cursor],
  );
  // An e-mail on its way changes state within seconds: look again until none is, so the page never shows a stale "sending".
  const inFlight = invites.state === 'ready' && invites.value.invites.some((i) => i.mail && ['queued', 'sending'].includes(i.mail.state));
  useEffect(() => {
    if (!inFlight) return;
    const timer = setTimeout(reload, MAIL_RECHECK_MS);
    return () => clearTimeout(timer);
  }, [inFlight, invites, reload]);
  const [chosen, setChosen] = useState<string[]>([]);
  const bulk = useAction();
  const toggle = (id: string) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));
  const actOnChosen = (action: 'resend' | 'revoke') =>
    bulk.run(async () => {
      const done = await api.inviteAction(chosen, action);
      const verb = action === 'resend' ? 'sent again' : 'withdrawn';
      setNotice(
        `${done.done} invite${done.done === 1 ? '' : 's'} ${verb}` +
          (done.skipped.length
            ? `; ${done.skipped.length} left as they were (${[...new Set(done.skipped.map((s) => s.reason))].join(', ')}).`
            : '.'),
      );
      setChosen([]);
      reload();
    });
  const [pasted, setPasted] = useState('');
  const [days, setDays] = useState('7');
  const [sendEmail, setSendEmail] = useState(true);
  const { run, error, fail } = useAction();
  const [notice, setNotice] = useState<string | null>(null);
  const parsed = parseCandidates(pasted);

  // Set when the server warned that some candidates were already invited: the next create invites them again.
  const [duplicates, setDuplicates] = useState(false);
  const create = () => {
    setNotice(null);
    if (!assessmentId) return fail('Choose the assessment to invite to.');
    if (parsed.unreadable.length) return fail(`These lines have no email address: ${parsed.unreadable.join(' · ')}`);
    return run(async () => {
      try {
        const made = await api.inviteMany({
          assessmentId,
          candidates: parsed.candidates,
          expiresInHours: Math.round(Number(days) * 24),
          sendEmail,
          allowDuplicates: duplicates,
        });
        setNotice(`${made.length} invite${made.length === 1 ? '' : 's'} created${sendEmail ? ' and e-mailed' : ''}.`);
        setPasted('');
        setDuplicates(false);
        reload();
      } catch (e) {
        if (e instanceof ApiError && e.status === 409) setDuplicates(true);
        throw e;
      }
    });
  };
  const copy = async (invite: Invite) => {
    try {
      await navigator.clipboard.writeText(inviteMessage(invite));
      setNotice(`Copied the invitation for ${invite.candidateName}.`);
    } catch {
      setNotice(`Code for ${invite.candidateName}: ${invite.code}`);
    }
  };
  const revoke = (invite: Invite) =>
    run(async () => {
      await api.revokeInvite(invite.id);
      reload();
    });

  return (
    <>
      <PageHeading title="Invites" />
      <Section title="Invite candidates">
        <div className={l.row}>
          <AssessmentPicker
            assessments={assessments.state === 'ready' ? assessments.value : []}
            value={assessmentId}
            onChange={(id) => {
              setAssessmentId(id);
              pages.restart();
              setChosen([]);
            }}
            allowAll={false}
          />
          <Field label="Valid for (days)">
            <Input type="number" min={1} max={90} value={days} onChange={(_, d) => setDays(d.value)} />
          </Field>
        </div>
        <Field
          label="Candidates, one per line"
          hint='For example "Ada Lovelace <ada@example.com>" or "Ada Lovelace, ada@example.com"'
          className={l.spaced}
        >
          <Textarea
            rows={5}
            value={pasted}
            onChange={(_, d) => {
              setPasted(d.value);
              setDuplicates(false);
            }}
            resize="vertical"
          />
        </Field>
        <Checkbox
          checked={sendEmail}
          onChange={(_, d) => setSendEmail(d.checked === true)}
          label="E-mail each candidate their invitation"
        />
        <div className={l.actions}>
          <Button appearance="primary" disabled={parsed.candidates.length === 0} onClick={() => void create()}>
            {duplicates
              ? 'Invite again anyway'
              : `Create ${parsed.candidates.length || ''} invite${parsed.candidates.length === 1 ? '' : 's'}`}
          </Button>
          {notice && <Text role="status">{notice}</Text>}
        </div>
        <ErrorBar message={error} />
      </Section>
      <Section title="Invites sent">
        <form
          className={l.row}
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            setSearch(q.trim());
            pages.restart();
            setChosen([]);
          }}
        >
          <Field label="Search invites">
            <SearchBox placeholder="Name or e-mail" value={q} onChange={(_, d) => setQ(d.value)} />
          </Field>
          <Button type="submit">Search</Button>
          <Button disabled={!chosen.length || bulk.busy} onClick={() => void actOnChosen('resend')}>
            Send {chosen.length || ''} again
          </Button>
          <Button disabled={!chosen.length || bulk.busy} onClick={() => void actOnChosen('revoke')}>
            Revoke {chosen.length || ''}
          </Button>
        </form>
        <ErrorBar message={bulk.error} />
        <PageState
          loaded={invites}
          retry={reload}
          isEmpty={(v) => v.invites.length === 0}
          empty={search ? 'No invite matches this search.' : 'No invites yet.'}
        >
          {({ invites: rows, nextCursor }) => (
            <>
              <Table aria-label="Invites" size="small">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell className={l.narrowColumn}>Choose</TableHeaderCell>
                    <TableHeaderCell>Candidate</TableHeaderCell>
                    <TableHeaderCell>Code</TableHeaderCell>
                    <TableHeaderCell>Status</TableHeaderCell>
                    <TableHeaderCell>Expires</TableHeaderCell>
                    <TableHeaderCell>E-mail</TableHeaderCell>
                    <TableHeaderCell>Actions</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {rows.map((i) => (
                    <TableRow key={i.id}>
                      <TableCell>
                        <Checkbox aria-label={`Choose ${i.candidateName}`} checked={chosen.includes(i.id)} onChange={() => toggle(i.id)} />
                      </TableCell>
                      <TableCell>
                        {i.candidateName}
                        <div className={l.muted}>{i.candidateEmail}</div>
                      </TableCell>
                      <TableCell data-label="Code" className={l.mono}>
                        {i.code}
                      </TableCell>
                      <TableCell data-label="Status">
                        <Badge appearance="tint" color={STATUS_COLOR[i.status]}>
                          {i.status}
                        </Badge>
                      </TableCell>
                      <TableCell data-label="Expires">{dateTime(i.expiresAt)}</TableCell>
                      <TableCell data-label="E-mail">
                        {i.mail ? (
                          <>
                            {i.mail.kind === 'reminder' ? 'Reminder ' : ''}
                            <MailStateBadge state={i.mail.state} />
                            {i.mail.detail && i.mail.state !== 'sent' && <div className={l.muted}>{i.mail.detail}</div>}
                          </>
                        ) : (
                          <span className={l.muted}>not e-mailed</span>
                        )}
                      </TableCell>
                      <TableCell>
                        {i.status === 'open' && (
                          <>
                            <Button size="small" onClick={() => void copy(i)}>
                              Copy invitation
                            </Button>{' '}
                          </>
                        )}
                        {i.status === 'open' && (
                          <Button size="small" onClick={() => void revoke(i)}>
                            Revoke
                          </Button>
                        )}
                        {i.status === 'redeemed' && (
                          <Button size="small" onClick={() => go('interviews')}>
                            See interview
                          </Button>
                        )}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
              <CursorPager pages={pages} nextCursor={nextCursor} label="Pages of invites" />
            </>
          )}
        </PageState>
      </Section>
    </>
  );
}
