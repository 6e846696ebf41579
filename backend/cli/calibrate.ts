import { DEFAULT_MIN_HAND_INS } from '../calibration/calibrate';
import { refitCalibration } from '../recruiting/calibration';
import { openDatabase } from './database';

/**
 * `npm run calibrate`: refits task difficulty from every scored hand-in in the database (the final score: a
 * recruiter's override, else the reviewed score, else the grader's), makes it the calibration in use (as the
 * daily sweep does), and prints one JSON line per task: its learned difficulty in logits (centred on 0) with
 * its standard error, the same on the authored levels' scale, discrimination, and whether the adaptive order
 * now uses it.
 */
const minHandIns = Number.parseInt(process.env.CALIBRATION_MIN_HAND_INS || '', 10) || DEFAULT_MIN_HAND_INS;
const db = await openDatabase();
try {
  const fit = await refitCalibration(db.sql, { minHandIns, now: new Date() });
  if (!fit) {
    process.stderr.write('No scored hand-ins yet: nothing to calibrate.\n');
  } else {
    const round = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);
    for (const t of [...fit.tasks].sort((a, b) => a.difficulty - b.difficulty)) {
      process.stdout.write(
        `${JSON.stringify({
          task: t.task,
          authoredLevel: t.authoredLevel,
          learnedLevel: round(t.level),
          difficulty: round(t.difficulty),
          standardError: round(t.standardError),
          discrimination: round(t.discrimination),
          handIns: t.handIns,
          meanScore: round(t.meanScore),
          inUse: t.inUse,
        })}\n`,
      );
    }
    process.stderr.write(
      `${fit.tasks.length} tasks, ${fit.interviews} interviews, ${fit.handIns} hand-ins; ${fit.converged ? 'converged' : 'did not converge'}; ` +
        `learned difficulty used for tasks with at least ${minHandIns} hand-ins.\n`,
    );
  }
} finally {
  await db.close();
}
