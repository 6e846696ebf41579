import { formatInZone } from '../../shared/time-zone';

/** A message ready to send: who to, what about, and its body as plain text and as HTML. */
export interface ComposedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** What every message is sent on behalf of: the organisation, as its people named and set it up. */
export interface MailOrganisation {
  name: string;
  timeZone: string;
  /** The organisation's own words to its candidates, or null. */
  candidateMessage: string | null;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Plain paragraphs to simple, widely rendered HTML: no images, no scripts, styles inline. */
function htmlOf(title: string, paragraphs: string[], action: { label: string; url: string } | null, footer: string): string {
  const p = (text: string) => `<p style="margin:0 0 16px;line-height:1.5">${escapeHtml(text).replace(/\n/g, '<br>')}</p>`;
  const button = action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="background:#0f6cbd;color:#ffffff;padding:10px 18px;border-radius:4px;text-decoration:none;font-weight:600">${escapeHtml(action.label)}</a></p>`
    : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body style="font-family:Segoe UI,Helvetica,Arial,sans-serif;color:#242424;max-width:560px;margin:0 auto;padding:24px">${paragraphs.map(p).join('')}${button}<p style="margin:32px 0 0;color:#616161;font-size:13px">${escapeHtml(footer)}</p></body></html>`;
}

export interface InvitationInput {
  organisation: MailOrganisation;
  candidateName: string;
  candidateEmail: string;
  assessmentName: string;
  code: string;
  expiresAt: Date;
  /** The candidate's page: what the interview is and how to open the add-in. */
  joinUrl: string;
}

/** The invitation, and the reminder (`reminder: true`) sent before it expires. */
export function invitationMail(input: InvitationInput, reminder = false): ComposedMail {
  const { organisation: org } = input;
  const expires = formatInZone(input.expiresAt, org.timeZone);
  const subject = reminder
    ? `Reminder: your ${org.name} interview expires ${expires}`
    : `${org.name} invites you to an Excel interview: ${input.assessmentName}`;
  const paragraphs = [
    `Hello ${input.candidateName},`,
    reminder
      ? `Your Excel interview with ${org.name} (${input.assessmentName}) has not been started yet. Your code works until ${expires}.`
      : `${org.name} invites you to an Excel interview: ${input.assessmentName}. You work in real Excel, with a task pane beside your workbook.`,
    ...(org.candidateMessage ? [org.candidateMessage] : []),
    `Your code: ${input.code}\nIt works once, until ${expires}.`,
    `Your page, with what the interview is and how to open it in Excel on the web, Windows or Mac:\n${input.joinUrl}`,
  ];
  const footer = `Sent by Excel Interviewer on behalf of ${org.name}. If you were not expecting this, you can ignore it.`;
  return {
    to: input.candidateEmail,
    subject,
    text: `${paragraphs.join('\n\n')}\n\n${footer}\n`,
    html: htmlOf(subject, paragraphs, { label: 'Open your interview page', url: input.joinUrl }, footer),
  };
}

export interface PasswordLinkInput {
  organisationName: string;
  timeZone: string;
  name: string;
  email: string;
  link: string;
  expiresAt: Date;
  /** A new colleague setting their first password, or a colleague who forgot theirs. */
  purpose: 'set' | 'reset';
}

/** The single-use link with which a colleague sets (or resets) their dashboard password. */
export function passwordLinkMail(input: PasswordLinkInput): ComposedMail {
  const expires = formatInZone(input.expiresAt, input.timeZone);
  const subject =
    input.purpose === 'set'
      ? `Set your password for ${input.organisationName} on Excel Interviewer`
      : 'Reset your Excel Interviewer password';
  const paragraphs = [
    `Hello ${input.name},`,
    input.purpose === 'set'
      ? `You have been added to ${input.organisationName} on Excel Interviewer. Choose your password with this link:`
      : `Someone (we hope you) asked to reset the password of ${input.email} for ${input.organisationName}. Choose a new one with this link:`,
    input.link,
    `The link works once, until ${expires}.${input.purpose === 'reset' ? ' If you did not ask for it, ignore this message: your password stays as it is.' : ''}`,
  ];
  const footer = `Sent by Excel Interviewer for ${input.organisationName}.`;
  return {
    to: input.email,
    subject,
    text: `${paragraphs.join('\n\n')}\n\n${footer}\n`,
    html: htmlOf(
      subject,
      paragraphs.filter((p) => p !== input.link),
      { label: input.purpose === 'set' ? 'Set my password' : 'Reset my password', url: input.link },
      footer,
    ),
  };
}
