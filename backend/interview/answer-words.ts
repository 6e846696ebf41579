/**
 * The words of a follow-up answer as the rubric grader compares them: normalised (invisible characters
 * dropped, case folded), stemmed, and mapped onto one word per idea from a vocabulary of Excel talk, so
 * "identical", "exactly" and "precise" all read as "exact". One table for every task's rubric: a synonym
 * belongs here when it means the same in any Excel answer, never for one task's sake.
 */

/** Invisible and formatting characters are dropped so they cannot hide or fake a keyword. */
export const normalise = (text: string): string =>
  text
    .normalize('NFKC')
    .replace(/[\u200B-\u200F\u2028-\u202F\u2060-\u206F\uFEFF]/g, '')
    .toLowerCase();

/** A crude English stemmer: enough for "sorted"/"sorting"/"sorts" and "references"/"referencing" to meet. */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  for (const suffix of ['ational', 'ations', 'ation', 'ingly', 'ing', 'edly', 'ed', 'ies', 'ly', 'es', 's']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) return word.slice(0, -suffix.length) + (suffix === 'ies' ? 'y' : '');
  }
  return word;
}

/** Groups of words that mean the same in an answer about a workbook; the first is the group's name. */
const SYNONYMS: string[][] = [
  ['exact', 'exactly', 'identical', 'precise', 'precisely', 'same value', 'literal'],
  ['approximate', 'approx', 'nearest', 'closest', 'range lookup', 'next smaller', 'next largest', 'fuzzy'],
  ['sort', 'sorted', 'ascending', 'descending', 'rearrange', 'reorder', 'shuffle'],
  ['wrong', 'incorrect', 'mistaken', 'bad', 'erroneous', 'invalid', 'neighbouring', 'neighboring', 'silently'],
  ['false', '0 as the last argument', 'match type 0', 'fourth argument 0'],
  ['true', 'omitted', 'left out the last argument'],
  ['refresh', 'update', 'reload', 'recalculate'],
  ['source', 'data range', 'underlying data', 'input range'],
  ['absolute', 'anchor', 'anchored', 'lock', 'locked', 'fixed', 'pin', 'pinned', 'dollar', '$'],
  ['relative', 'shift', 'shifts', 'moves', 'adjusts', 'changes with'],
  ['leading', 'start', 'beginning', 'before the text'],
  ['trailing', 'end', 'after the text'],
  ['single', 'one space', 'collapse', 'collapses'],
  ['threshold', 'limit', 'cut-off', 'cutoff', 'boundary'],
  ['inclusive', 'including', 'equal to', 'greater than or equal', 'less than or equal', '>=', '<='],
  ['blank', 'empty', 'missing'],
  ['error', '#n/a', 'n/a', 'not found', 'fails'],
  ['table', 'structured reference', 'excel table', 'ctrl+t'],
  ['text', 'string', 'characters'],
  ['number', 'numeric', 'integer'],
];

const GROUP_OF = new Map<string, string>();
for (const group of SYNONYMS) for (const word of group) GROUP_OF.set(stemPhrase(word), stemPhrase(group[0]!));

function stemPhrase(phrase: string): string {
  return tokens(phrase).map(stem).join(' ');
}

/** Words and symbols an answer is made of: letters and digits, plus the `$`, `#`, `/`, `<`, `>`, `=` Excel talk uses. */
export function tokens(text: string): string[] {
  return (
    normalise(text)
      .match(/[\p{L}\p{N}$#/<>=+.]+/gu)
      ?.map((t) => t.replace(/^\.+|\.+$/g, ''))
      .filter(Boolean) ?? []
  );
}

/**
 * The ideas a run of words mentions: each stemmed word and each two- and three-word phrase, under its
 * synonym group's name where it has one.
 */
export function ideas(words: string[]): Set<string> {
  const stems = words.map(stem);
  const found = new Set<string>();
  for (let n = 1; n <= 3; n++) {
    for (let i = 0; i + n <= stems.length; i++) {
      const phrase = stems.slice(i, i + n).join(' ');
      found.add(GROUP_OF.get(phrase) ?? phrase);
    }
  }
  return found;
}

/** The name a rubric keyword goes by: its synonym group's, stemmed. */
export const ideaOf = (keyword: string): string => {
  const phrase = stemPhrase(keyword);
  return GROUP_OF.get(phrase) ?? phrase;
};
