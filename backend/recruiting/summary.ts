import type { InterviewSummary, SubmissionResult } from '../../shared/api/submissions';
import { round } from '../scoring/check-result';

const mean = (xs: number[]) => (xs.length ? round(xs.reduce((a, b) => a + b, 0) / xs.length) : 0);

/** How the interview stands: how many tasks it has, and whether its score is final or "so far". */
export interface InterviewShape {
  taskCount: number;
  final: boolean;
}

const sentence = (text: string) => text.charAt(0).toLowerCase() + text.slice(1).replace(/\.$/, '');

/**
 * Feedback in sentences without a model: each check the work did not meet, with the first place it showed,
 * then each rubric point the follow-up answer did not show.
 */
export function feedbackFromEvidence(s: SubmissionResult): string[] {
  const checks = s.result.checks
    .filter((c) => c.evaluated && !c.passed)
    .map((c) => {
      const first = c.evidence[0];
      const where = first?.cell ? ` At ${first.sheet ? `${first.sheet}!` : ''}${first.cell}: ${sentence(first.note)}.` : '';
      return `In “${s.taskTitle}”, the work does not yet meet this: ${sentence(c.description)}.${where}`;
    });
  const turns = s.followUp?.turns ?? [];
  const unshown = (turns.at(-1)?.grading?.points ?? []).filter((p) => !p.met).map((p) => p.point);
  const followUp = turns.some((t) => t.answer)
    ? unshown.map((point) => `In “${s.taskTitle}”, the follow-up answer did not show this: ${sentence(point)}.`)
    : [];
  return [...checks, ...followUp];
}

/**
 * Sums an interview up from its scored hand-ins: the overall score out of the whole assessment (a task not
 * attempted, or late work that does not count, is 0), per-skill scores on the final scores (override, else
 * reviewed, else graded), the follow-up answers' rubric score, and feedback to act on. Pure; the same rule as
 * `refreshOverallScore`.
 */
export function summarise(submissions: SubmissionResult[], shape: InterviewShape): InterviewSummary {
  const finals = submissions.map((s) => (s.counts ? s.finalScore : 0));
  const taskCount = Math.max(shape.taskCount, submissions.length);
  const bySkill = new Map<string, number[]>();
  submissions.forEach((s, i) => {
    const skill = s.skill;
    bySkill.set(skill, [...(bySkill.get(skill) ?? []), finals[i]!]);
  });
  const answered = submissions.map((s) => s.followUp?.score).filter((x): x is number => typeof x === 'number');
  const feedback = submissions.flatMap((s) => {
    const fromModel = s.review?.status === 'reviewed' ? (s.review.review?.improvements ?? []) : [];
    return fromModel.length ? fromModel.slice(0, 3).map((point) => `${s.taskTitle}: ${point}`) : feedbackFromEvidence(s).slice(0, 3);
  });
  const reviewed = submissions.filter((s) => s.review?.status === 'reviewed').length;
  return {
    overallScore: taskCount ? round(finals.reduce((a, b) => a + b, 0) / taskCount) : 0,
    final: shape.final,
    taskCount,
    notAttempted: taskCount - submissions.length,
    perSkill: [...bySkill].map(([skill, scores]) => ({ skill, score: mean(scores), tasks: scores.length })),
    followUpScore: answered.length ? mean(answered) : null,
    feedback,
    llmReview: reviewed === 0 ? 'skipped' : reviewed === submissions.length ? 'used' : 'partly',
  };
}
