import type { Sql } from '../db/client';
import type { ScoreResult } from '../../shared/score';

/** A band this wide around a person's score: a corpus label says where a score belongs, not one exact number. */
const BAND_HALF_WIDTH = 0.05;
const round = (x: number) => Math.round(x * 10_000) / 10_000;

/**
 * One review-queue decision in the grading corpus's format (`tests/fixtures/corpus/<task>/<case>.json`):
 * the hand-in's workbook, the band the person's score sets, and whether the hidden-data check passed — the
 * grader's verdict on that, since the person labelled the score; `label` keeps where the case came from.
 */
export interface LabelledCase {
  taskId: string;
  case: string;
  description: string;
  band: [number, number];
  hiddenData: 'pass' | 'fail' | null;
  /** The seed of the candidate's own data, when they had their own: the task is personalised with it to score the case. */
  dataSeed: number | null;
  snapshot: unknown;
  label: {
    verdict: 'confirmed' | 'corrected';
    graderScore: number;
    labelScore: number;
    reasons: { kind: string; message: string }[];
    note: string | null;
    decidedAt: string;
  };
}

/** Every decision on a task (optionally one organisation's), oldest first, as corpus cases. */
export async function labelledCases(sql: Sql, taskId: string, orgId: string | null): Promise<LabelledCase[]> {
  const rows = await sql<
    {
      submission_id: string;
      verdict: 'confirmed' | 'corrected';
      grader_score: string;
      label_score: string;
      reasons: LabelledCase['label']['reasons'];
      note: string | null;
      decided_at: Date;
      data_seed: number | null;
      snapshot: unknown;
      result: ScoreResult;
    }[]
  >`
    SELECT g.submission_id, g.verdict, g.grader_score, g.label_score, g.reasons, g.note, g.decided_at, s.snapshot, sc.result, se.data_seed
    FROM grading_labels g JOIN submissions s ON s.id = g.submission_id JOIN scores sc ON sc.submission_id = g.submission_id
      JOIN interviews se ON se.id = s.session_id
    WHERE g.task_id = ${taskId} ${orgId ? sql`AND g.org_id = ${orgId}` : sql``}
    ORDER BY g.decided_at, g.submission_id`;
  return rows.map((r) => {
    const labelScore = Number(r.label_score);
    const hidden = r.result.checks.find((c) => c.kind === 'hidden-data');
    const why = r.reasons.map((x) => x.kind.replace(/-/g, ' ')).join(', ');
    return {
      taskId,
      case: `review-${r.submission_id.slice(0, 8)}`,
      description: `${r.verdict === 'confirmed' ? 'Confirmed' : 'Corrected'} in the review queue${why ? ` (${why})` : ''}${r.note ? `: ${r.note}` : ''}`,
      band: [round(Math.max(0, labelScore - BAND_HALF_WIDTH)), round(Math.min(1, labelScore + BAND_HALF_WIDTH))],
      hiddenData: hidden ? (hidden.passed ? 'pass' : 'fail') : null,
      dataSeed: r.data_seed,
      snapshot: r.snapshot,
      label: {
        verdict: r.verdict,
        graderScore: Number(r.grader_score),
        labelScore,
        reasons: r.reasons,
        note: r.note,
        decidedAt: r.decided_at.toISOString(),
      },
    };
  });
}
