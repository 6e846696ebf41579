import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createOrganisation } from '../accounts/organisations';
import { linksFor } from '../../shared/links';
import { TimeZoneSchema } from '../../shared/time-zone';
import { openDatabase } from './database';

const USAGE =
  'Usage: npm run create-org -- --name "Acme" --admin-email admin@acme.example [--admin-name "Ada Admin"] ' +
  '[--time-zone Europe/Berlin] [--public-url https://interviews.acme.example]\n';

/** The arguments, checked as the API checks its bodies, so a typo is a sentence rather than a stack trace. */
const ArgsSchema = z.object({
  name: z.string().trim().min(1, 'give the organisation a --name'),
  'admin-email': z.email('give the first admin an --admin-email address'),
  'admin-name': z.string().trim().min(1).optional(),
  'time-zone': TimeZoneSchema.default('UTC'),
  'public-url': z.url({ protocol: /^https?$/ }).optional(),
});

/**
 * `npm run create-org`: an organisation and its first admin, on DATABASE_URL (or the embedded database in
 * DATA_DIR, with `npm start` stopped). Prints one JSON line: the organisation's id and the admin's single-use
 * link to set a password (also e-mailed, through the outbox, once a server runs with a mail transport).
 * The link points at --public-url, else PUBLIC_URL, else the local `npm start`.
 */
const { values } = parseArgs({
  options: {
    name: { type: 'string' },
    'admin-email': { type: 'string' },
    'admin-name': { type: 'string' },
    'time-zone': { type: 'string' },
    'public-url': { type: 'string' },
  },
});
const parsed = ArgsSchema.safeParse(values);
if (!parsed.success) {
  process.stderr.write(`${parsed.error.issues.map((i) => `${String(i.path[0] ?? '')}: ${i.message}`).join('\n')}\n${USAGE}`);
  process.exit(2);
}
const args = parsed.data;
const base = args['public-url'] ?? process.env.PUBLIC_URL ?? `http://127.0.0.1:${process.env.PORT || '8787'}`;
const db = await openDatabase();
try {
  const made = await createOrganisation(
    db.sql,
    {
      name: args.name,
      adminEmail: args['admin-email'],
      adminName: args['admin-name'] ?? args['admin-email'].split('@')[0]!,
      timeZone: args['time-zone'],
    },
    new Date(),
    linksFor(base),
  );
  process.stdout.write(
    `${JSON.stringify({
      organisationId: made.orgId,
      adminEmail: args['admin-email'],
      setPasswordLink: made.setPasswordLink,
      linkExpiresAt: made.expiresAt.toISOString(),
    })}\n`,
  );
} finally {
  await db.close();
}
