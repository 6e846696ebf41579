import { connect } from '../db/client';
import { migrate, rollback } from '../db/migrate';
import { BUILT_IN_TASKS } from '../tasks/library';
import { syncTaskLibrary } from '../tasks/store';

/**
 * `npm run migrate`: brings the PostgreSQL database in DATABASE_URL up to date (used before a Workers deploy);
 * `npm run migrate -- down` undoes the newest applied migration, one step.
 */
const url = process.env.DATABASE_URL;
if (!url) {
  process.stderr.write('Set DATABASE_URL to the PostgreSQL database to migrate.\n');
  process.exit(2);
}
const sql = connect(url, { max: 1 });
try {
  if (process.argv[2] === 'down') {
    const undone = await rollback(sql);
    process.stdout.write(undone === null ? 'No migration is applied.\n' : `Rolled back migration ${undone}.\n`);
  } else {
    const applied = await migrate(sql);
    await syncTaskLibrary(sql, BUILT_IN_TASKS);
    process.stdout.write(applied.length ? `Applied migrations ${applied.join(', ')}.\n` : 'Already up to date.\n');
  }
} catch (error) {
  process.stderr.write(`Migration failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await sql.end();
}
