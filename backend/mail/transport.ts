import type { ComposedMail } from './messages';

/** How a send ended: delivered to the next hop, worth another try later, or refused for good. */
export type SendOutcome = { ok: true; detail: string } | { ok: false; permanent: boolean; reason: string };

/** Something that takes a message away: SMTP on Node, an HTTP mail API anywhere, or nobody (the outbox keeps it). */
export interface MailTransport {
  kind: 'smtp' | 'http' | 'outbox';
  from: string | null;
  send(mail: ComposedMail): Promise<SendOutcome>;
}

/**
 * No transport configured (the embedded default): mail stays in the outbox for an admin to read in the
 * dashboard, and one line per message is logged, never its body.
 */
export function keptInOutbox(log: (line: { to: string; subject: string }) => void): MailTransport {
  return {
    kind: 'outbox',
    from: null,
    send(mail) {
      log({ to: mail.to, subject: mail.subject });
      return Promise.resolve({ ok: true, detail: 'kept in the outbox (no mail transport is configured)' });
    },
  };
}

/**
 * An HTTP mail API, by fetch, so it runs on Workers too. The request is Resend's (`POST` JSON with `from`,
 * `to`, `subject`, `text` and `html`, `Authorization: Bearer <key>`), which Resend and several other
 * services accept. A 2xx answer is sent; 429 and 5xx are tried again; any other 4xx is refused for good.
 */
export function httpMailTransport(options: { url: string; key: string; from: string; fetch?: typeof fetch }): MailTransport {
  const send = options.fetch ?? fetch;
  return {
    kind: 'http',
    from: options.from,
    async send(mail) {
      let res: Response;
      try {
        res = await send(options.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${options.key}` },
          body: JSON.stringify({ from: options.from, to: [mail.to], subject: mail.subject, text: mail.text, html: mail.html }),
          signal: AbortSignal.timeout(15_000),
        });
      } catch (error) {
        return { ok: false, permanent: false, reason: error instanceof Error ? error.message : String(error) };
      }
      const body = (await res.text().catch(() => '')).slice(0, 200);
      if (res.ok) return { ok: true, detail: `accepted by the mail API (${res.status})` };
      return {
        ok: false,
        permanent: res.status !== 429 && res.status < 500,
        reason: `the mail API answered ${res.status}${body ? `: ${body}` : ''}`,
      };
    },
  };
}
