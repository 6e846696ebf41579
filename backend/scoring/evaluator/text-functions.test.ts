import { describe, expect, it } from 'vitest';
import { normaliseFormula } from './normalise';
import { buildEngine, readValue } from './workbook';

/** Evaluates formulas in column B beside Microsoft's example data in column A, normalised as the grader does. */
function evaluateAll(data: string[], formulas: string[]) {
  const height = Math.max(data.length + 1, formulas.length);
  const normalised = formulas.map((f, i) => normaliseFormula(f, { sheet: 'Data', row: i + 1, col: 2 }, []).formula);
  const rows = Array.from({ length: height }, (_, i) => [i === 0 ? null : (data[i - 1] ?? null), normalised[i] ?? null]);
  const hf = buildEngine([{ name: 'Data', rows }]);
  try {
    return formulas.map((_, i) => readValue(hf, hf.getSheetId('Data')!, i + 1, 2).value);
  } finally {
    hf.destroy();
  }
}

// Microsoft's documented examples for TEXTBEFORE and TEXTAFTER, with the results its reference gives.
describe('TEXTBEFORE, as Excel 365 has it', () => {
  const hood = ["Little Red Riding Hood's red hood", "Little red Riding Hood's red hood"];
  it('takes the text before the nth delimiter, from either end, case-sensitive unless asked', () => {
    expect(
      evaluateAll(hood, [
        '=TEXTBEFORE(A2,"Red")',
        '=TEXTBEFORE(A3,"Red")',
        '=TEXTBEFORE(A3,"red",2)',
        '=TEXTBEFORE(A3,"red",-2)',
        '=TEXTBEFORE(A3,"Red",,FALSE)',
        '=TEXTBEFORE(A3,"red",3)',
      ]),
    ).toEqual(['Little ', '#N/A', "Little red Riding Hood's ", 'Little ', '#N/A', '#N/A']);
  });

  it('treats the end of the text as a delimiter when match_end is 1', () => {
    expect(
      evaluateAll(
        ['Marcus Aurelius', 'Socrates', 'Immanuel Kant'],
        ['=TEXTBEFORE(A2," ",,,1)', '=TEXTBEFORE(A3," ",,,0)', '=TEXTBEFORE(A3," ",,,1)', '=TEXTBEFORE(A4," ",,,1)'],
      ),
    ).toEqual(['Marcus', '#N/A', 'Socrates', 'Immanuel']);
  });

  it('matches case-insensitively with match_mode 1, and returns if_not_found when there is no match', () => {
    expect(evaluateAll(hood, ['=TEXTBEFORE(A3,"RED",,1)', '=TEXTBEFORE(A2,"basket",,,,"none")', '=TEXTBEFORE(A2,"red",0)'])).toEqual([
      'Little ',
      'none',
      '#VALUE!',
    ]);
  });

  it('matches an empty delimiter at once: empty from the front, the whole text from the end', () => {
    expect(evaluateAll(["Red riding hood's, red hood"], ['=TEXTBEFORE(A2,"")', '=TEXTBEFORE(A2,"",-1)'])).toEqual([
      '',
      "Red riding hood's, red hood",
    ]);
  });
});

describe('TEXTAFTER, as Excel 365 has it', () => {
  const hood = ["Little Red Riding Hood's red hood", "Little red Riding Hood's red hood"];
  it('takes the text after the nth delimiter, from either end', () => {
    expect(
      evaluateAll(hood, [
        '=TEXTAFTER(A2,"Red")',
        '=TEXTAFTER(A2,"basket")',
        '=TEXTAFTER(A3,"red",2)',
        '=TEXTAFTER(A3,"red",-2)',
        '=TEXTAFTER(A3,"Red",,FALSE)',
        '=TEXTAFTER(A2,"red",3)',
      ]),
    ).toEqual([" Riding Hood's red hood", '#N/A', ' hood', " Riding Hood's red hood", '#N/A', '#N/A']);
  });

  it('treats the end of the text as a delimiter when match_end is 1', () => {
    expect(
      evaluateAll(
        ['Marcus Aurelius', 'Socrates', 'Immanuel Kant'],
        ['=TEXTAFTER(A2," ",,,1)', '=TEXTAFTER(A3," ",,,0)', '=TEXTAFTER(A3," ",,,1)', '=TEXTAFTER(A4," ",,,1)'],
      ),
    ).toEqual(['Aurelius', '#N/A', '', 'Kant']);
  });
});
