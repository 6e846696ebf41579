import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { importOrganisation, type OrgArchive } from '../db/org-archive';
import { openDatabase } from './database';

/** `npm run import -- --file archive.json.gz`: restores an organisation into a database that lacks it. */
const { values } = parseArgs({ options: { file: { type: 'string' } } });
if (!values.file) {
  process.stderr.write('Usage: npm run import -- --file archive.json.gz\n');
  process.exit(2);
}
let archive: OrgArchive;
try {
  archive = JSON.parse(gunzipSync(await readFile(values.file)).toString('utf8')) as OrgArchive;
} catch (error) {
  process.stderr.write(`Cannot read ${values.file} as an archive: ${(error as Error).message}\n`);
  process.exit(2);
}
const db = await openDatabase();
try {
  const outcome = await importOrganisation(db.sql, archive);
  if (outcome.ok) process.stdout.write(`Restored ${outcome.rows} rows of organisation ${archive.orgId}.\n`);
  else {
    process.stderr.write(`${outcome.reason}\n`);
    process.exitCode = 2;
  }
} finally {
  await db.close();
}
