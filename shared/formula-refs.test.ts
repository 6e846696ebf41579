import { describe, expect, it } from 'vitest';
import { countReferences, functionsUsed, shiftFormula, toR1C1 } from './formula-refs';

describe('formula references', () => {
  it('moves relative parts when a formula is filled down, and keeps anchored parts', () => {
    expect(shiftFormula('=VLOOKUP(B2,Prices!$A$2:$B$9,2,FALSE)', 3, 0)).toBe('=VLOOKUP(B5,Prices!$A$2:$B$9,2,FALSE)');
    expect(shiftFormula('=B$2*$C3+D4', 2, 1)).toBe('=C$2*$C5+E6');
  });

  it('leaves text in quotes and function names that look like cells alone', () => {
    expect(shiftFormula('=IF(A2="B2",LOG10(A2),"x")', 1, 0)).toBe('=IF(A3="B2",LOG10(A3),"x")');
  });

  it('writes the same R1C1 form for a formula and its filled-down copy', () => {
    expect(toR1C1('=SUMIFS($D$2:$D$21,$B$2:$B$21,A2)', 2, 2)).toBe(toR1C1('=SUMIFS($D$2:$D$21,$B$2:$B$21,A5)', 5, 2));
    expect(toR1C1('=SUMIFS(D2:D21,B2:B21,A2)', 2, 2)).not.toBe(toR1C1('=SUMIFS(D3:D22,B3:B22,A3)', 2, 2));
  });

  it('counts references and lists functions outside string literals', () => {
    expect(countReferences('=1234')).toBe(0);
    expect(countReferences('=SUM(A1:A3)')).toBe(2);
    expect(functionsUsed('=_xlfn.XLOOKUP(A2,B:B,C:C,"SUM(")+sum(1)')).toEqual(['SUM', 'XLOOKUP']);
  });
});
