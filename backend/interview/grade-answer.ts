import type { RubricGrading } from '../../shared/api/follow-ups';
import type { TaskSpec } from '../../shared/task';

/** Invisible and formatting characters are dropped so they cannot hide or fake a keyword. */
const normalise = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[\u200B-\u200F\u2028-\u202F\u2060-\u206F\uFEFF]/g, '')
    .toLowerCase();

/**
 * Grades a follow-up answer by the rubric's own rules, without a model: each rubric point is met when
 * the answer mentions one of its keywords, and the points weigh the same. The LLM review, when there is
 * one, comes on top of this and is bounded; this is what the interview falls back on.
 */
export function gradeByRubric(task: TaskSpec, questionId: string, answer: string): { score: number; grading: RubricGrading } {
  const rubric = task.private.followUps.find((f) => f.id === questionId)?.rubric ?? [];
  const text = normalise(answer);
  const points = rubric.map(({ point, keywords }) => {
    const matched = keywords.find((k) => text.includes(normalise(k))) ?? null;
    return { point, met: matched !== null, matched };
  });
  const met = points.filter((p) => p.met).length;
  return { score: points.length ? Math.round((met / points.length) * 10_000) / 10_000 : 0, grading: { method: 'rubric-keywords', points } };
}
