import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { exportOrganisation } from '../db/org-archive';
import { openDatabase } from './database';

/** `npm run export -- --org <id> [--out file.json.gz]`: one organisation's data in one archive. */
const { values } = parseArgs({ options: { org: { type: 'string' }, out: { type: 'string' } } });
if (!values.org) {
  process.stderr.write('Usage: npm run export -- --org <organisation id> [--out archive.json.gz]\n');
  process.exit(2);
}
const db = await openDatabase();
try {
  const archive = await exportOrganisation(db.sql, values.org, new Date());
  if (!archive) {
    process.stderr.write(`No organisation has the id ${values.org}.\n`);
    process.exitCode = 2;
  } else {
    const out = values.out ?? `org-${values.org}.json.gz`;
    await writeFile(out, gzipSync(JSON.stringify(archive)));
    const rows = Object.values(archive.tables).reduce((n, t) => n + t.length, 0);
    process.stdout.write(`Wrote ${rows} rows to ${out}.\n`);
  }
} finally {
  await db.close();
}
