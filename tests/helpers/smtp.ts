import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  parsed: ParsedMail;
}

/**
 * A real SMTP server for tests (the `smtp-server` package): it speaks SMTP, takes any sender and, unless
 * told to refuse (`reject`), keeps every message, parsed by mailparser. `reject` answers a given SMTP code.
 */
export async function startSmtpServer(options: { reject?: { code: number; message: string } } = {}) {
  const received: ReceivedMail[] = [];
  const waiting: (() => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      if (options.reject) {
        stream.resume();
        stream.on('end', () => callback(Object.assign(new Error(options.reject!.message), { responseCode: options.reject!.code })));
        return;
      }
      simpleParser(stream)
        .then((parsed) => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            parsed,
          });
          waiting.splice(0).forEach((wake) => wake());
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** The messages to `address`, once at least `count` have arrived (or throws after `ms`). */
    async to(address: string, count = 1, ms = 15_000): Promise<ReceivedMail[]> {
      const deadline = Date.now() + ms;
      for (;;) {
        const mine = received.filter((m) => m.to.includes(address));
        if (mine.length >= count) return mine;
        if (Date.now() > deadline) throw new Error(`no mail to ${address} within ${ms} ms (${received.length} received in all)`);
        await new Promise<void>((resolve) => {
          waiting.push(resolve);
          setTimeout(resolve, 200);
        });
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
