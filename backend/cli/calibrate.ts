import { fitRasch } from '../calibration/rasch';
import { openDatabase } from './database';

/**
 * `npm run calibrate`: fits the Rasch model to every scored hand-in in the database (the final score: a
 * recruiter's override, else the reviewed score, else the grader's) and prints one JSON line per task: its
 * learned difficulty on the logit scale, centred on 0, with its standard error, beside the authored level.
 */
const db = await openDatabase();
try {
  const rows = await db.sql<{ person: string; item: string; score: number; level: number }[]>`
    SELECT s.session_id AS person, s.task_id AS item, COALESCE(s.final_score, sc.score)::float8 AS score, t.difficulty AS level
    FROM submissions s JOIN scores sc ON sc.submission_id = s.id JOIN tasks t ON t.id = s.task_id`;
  if (rows.length === 0) {
    process.stderr.write('No scored hand-ins yet: nothing to calibrate.\n');
  } else {
    const fit = fitRasch(rows);
    const levels = new Map(rows.map((r) => [r.item, r.level]));
    for (const item of [...fit.items].sort((a, b) => a.difficulty - b.difficulty)) {
      const round = (x: number) => Math.round(x * 1000) / 1000;
      process.stdout.write(
        `${JSON.stringify({ task: item.item, authoredLevel: levels.get(item.item), difficulty: round(item.difficulty), standardError: round(item.standardError), handIns: item.responses, meanScore: round(item.meanScore) })}\n`,
      );
    }
    process.stderr.write(
      `${fit.items.length} tasks, ${fit.persons.length} interviews, ${rows.length} hand-ins; ${fit.converged ? 'converged' : 'stopped'} after ${fit.iterations} rounds.\n`,
    );
  }
} finally {
  await db.close();
}
