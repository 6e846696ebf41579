import nodemailer from 'nodemailer';
import type { MailTransport } from './transport';

/** SMTP reply codes 5xx mean "never": the address or the message is refused; 4xx mean "not now". */
const permanent = (error: unknown) => {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
};

/**
 * SMTP through nodemailer (Node only): `smtp://user:pass@host:port` or `smtps://…` (TLS from the start);
 * plain `smtp://` upgrades with STARTTLS when the server offers it.
 */
export function smtpTransport(url: string, from: string): MailTransport & { close: () => void } {
  const transporter = nodemailer.createTransport(url, { from });
  return {
    kind: 'smtp',
    from,
    async send(mail) {
      try {
        const info = await transporter.sendMail({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
        return { ok: true, detail: `accepted by the SMTP server: ${String(info.response).slice(0, 120)}` };
      } catch (error) {
        return { ok: false, permanent: permanent(error), reason: error instanceof Error ? error.message.slice(0, 200) : String(error) };
      }
    },
    close: () => transporter.close(),
  };
}
