import { httpMailTransport, keptInOutbox, type MailTransport } from './transport';

/** What the environment says about mail (SMTP is Node's, and chosen by the Node entry before this). */
export interface MailApiSettings {
  apiUrl?: string | undefined;
  apiKey?: string | undefined;
  from: string;
}

/**
 * The HTTP mail API when its URL and key are set, else nobody: the outbox keeps the mail and `log` gets one
 * line per message (never its body).
 */
export function httpOrOutbox(settings: MailApiSettings, log: (line: { to: string; subject: string }) => void): MailTransport {
  if (settings.apiUrl && settings.apiKey) return httpMailTransport({ url: settings.apiUrl, key: settings.apiKey, from: settings.from });
  return keptInOutbox(log);
}
