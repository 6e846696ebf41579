import type { RubricGrading } from '../../shared/api/follow-ups';
import type { TaskSpec } from '../../shared/task';
import { ideaOf, ideas, normalise, stem, tokens } from './answer-words';
import { rubricFor } from './follow-up-question';

/** Words that make a run of words a statement rather than a list: verbs, connectives, pronouns, articles. */
const CLAIM_WORDS = new Set(
  (
    'is are was were be been being does do did doesn don didn isn aren has have had returns return returned gives give gave ' +
    'would will can could must should might need needs keeps keep works work uses use used finds find found looks look breaks ' +
    'break stays stay changes change because so since if when then otherwise but and or it its this that these those my your ' +
    'the a an to of for with without not no instead rather than which what where how why'
  ).split(' '),
);
/** Shortest statement worth reading: "It ignores the order" is four words. */
const MIN_CLAIM_WORDS = 4;
/** A sentence more than half rubric words is a list of them, not a statement. */
const MAX_SENTENCE_KEYWORD_SHARE = 0.5;
/** An answer more than this share rubric words is written at the rubric, not about the work: it scores at most LIST_CAP. */
const MAX_ANSWER_KEYWORD_SHARE = 0.4;
const LIST_CAP = 0.2;

/**
 * Grades a follow-up answer by the rubric's own points, without a model. A point is met when a sentence
 * that makes a claim mentions one of its keywords, or a word that means the same (answer-words.ts), so a
 * correct paraphrase counts. Keywords in a list, or in sentences that are mostly keywords, do not count,
 * and an answer that is mostly keywords scores at most 20%. The points weigh the same. The LLM, when there
 * is one, grades instead (and this is its fallback).
 */
export function gradeByRubric(task: TaskSpec, questionId: string, answer: string): { score: number; grading: RubricGrading } {
  const rubric = rubricFor(task, questionId);
  const keywords = rubric.flatMap((r) => r.keywords);
  const isKeyword = (word: string) => keywords.some((k) => mentions(sentenceOf([word]), k));

  const sentences = answer
    .split(/[.!?;:\n]+(?=\s|$)|\n/)
    .map((text) => sentenceOf(tokens(text), text))
    .filter((s) => s.words.length > 0);
  const claims = sentences.filter(
    ({ words }) =>
      words.length >= MIN_CLAIM_WORDS &&
      words.some((w) => CLAIM_WORDS.has(w)) &&
      words.filter(isKeyword).length / words.length <= MAX_SENTENCE_KEYWORD_SHARE,
  );

  const points = rubric.map(({ point, keywords }) => {
    const matched = keywords.find((k) => claims.some((c) => mentions(c, k))) ?? null;
    return { point, met: matched !== null, matched };
  });
  const allWords = sentences.flatMap((s) => s.words);
  const listLike = allWords.length > 0 && allWords.filter(isKeyword).length / allWords.length > MAX_ANSWER_KEYWORD_SHARE;
  const share = points.length ? points.filter((p) => p.met).length / points.length : 0;
  const score = Math.round((listLike ? Math.min(LIST_CAP, share) : share) * 10_000) / 10_000;
  const reason = listLike
    ? 'Mostly rubric words rather than an explanation: at most 20%.'
    : claims.length < sentences.length
      ? 'Only sentences that make a statement were read; lists of words were not.'
      : undefined;
  return { score, grading: { method: 'rubric-keywords', points, ...(reason ? { reason } : {}) } };
}

interface Sentence {
  words: string[];
  /** The ideas its words and phrases name (answer-words.ts). */
  ideas: Set<string>;
  /** Its stemmed words, for keywords written as a stem ("concatenat"). */
  stems: string[];
  /** Its text, normalised, for keywords that are symbols ("&", ">="). */
  text: string;
}

const sentenceOf = (words: string[], text = words.join(' ')): Sentence => ({
  words,
  ideas: ideas(words),
  stems: words.map(stem),
  text: normalise(text).replace(/["“”]/g, ''),
});

/** Whether a sentence mentions a rubric keyword: by its idea (synonyms, stems), by a stem the keyword starts, or, for a symbol, literally. */
function mentions(sentence: Sentence, keyword: string): boolean {
  if (!/[\p{L}\p{N}]/u.test(keyword)) return sentence.text.includes(normalise(keyword).replace(/["“”]/g, ''));
  if (sentence.ideas.has(ideaOf(keyword))) return true;
  const k = stem(normalise(keyword));
  return !k.includes(' ') && k.length >= 5 && sentence.stems.some((w) => w.startsWith(k));
}
