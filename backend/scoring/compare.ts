import type { CellValue } from '../../shared/cells';
import { wellFormed } from '../../shared/text';

/** Why a value does not match the expected one, in a recruiter's words, or null when it does. */
export function mismatch(expected: CellValue, got: CellValue | undefined, tolerance: number): string | null {
  if (got === undefined || got === null || got === '') return expected === null || expected === '' ? null : 'the cell is empty';
  if (typeof expected === 'number') {
    if (typeof got === 'string' && got.trim() !== '' && Number.isFinite(Number(got))) return 'a number stored as text';
    if (typeof got !== 'number') return `expected a number, found ${describe(got)}`;
    const allowed = tolerance * Math.max(1, Math.abs(expected));
    return Math.abs(got - expected) <= allowed ? null : 'a different number';
  }
  if (typeof expected === 'string') {
    if (typeof got !== 'string') return `expected ${expected.startsWith('#') ? `the error ${expected}` : 'text'}, found ${describe(got)}`;
    // Spaces count: in a cleaning task a stray space is the mistake, and Excel compares them too.
    if (wellFormed(got) === wellFormed(expected)) return null;
    if (got.trim() === expected.trim()) return 'different spaces at the start or end';
    return expected.startsWith('#') || got.startsWith('#') ? `expected ${describe(expected)}, found ${describe(got)}` : 'different text';
  }
  if (typeof expected === 'boolean') return got === expected ? null : 'a different TRUE/FALSE value';
  return 'expected an empty cell';
}

function describe(v: CellValue): string {
  if (typeof v === 'string') return v.startsWith('#') ? `the error ${v}` : 'text';
  return typeof v === 'boolean' ? 'TRUE/FALSE' : v === null ? 'an empty cell' : 'a number';
}
