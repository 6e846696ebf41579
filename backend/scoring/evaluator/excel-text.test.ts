import { describe, expect, it } from 'vitest';
import { excelText } from './excel-text';

// Expected values are Excel's documented results for TEXT (support.microsoft.com, "TEXT function").
describe('TEXT as Excel computes it', () => {
  it.each([
    [1234.567, '#,##0.00', '1,234.57'],
    [-1234.5, '#,##0.00', '-1,234.50'],
    [1234.5, '$#,##0', '$1,235'],
    [0.256, '0.0%', '25.6%'],
    [0.5, '0%', '50%'],
    [5, '000', '005'],
    [1234.5678, '0.00', '1234.57'],
    [12200000, '0.0,,"M"', '12.2M'],
    [-5, '0;(0)', '(5)'],
    [0.125, '#.##', '.13'],
  ])('formats the number %s with "%s" as "%s"', (value, format, expected) => {
    expect(excelText(value, format)).toBe(expected);
  });

  it.each([
    [45292, 'yyyy-mm-dd', '2024-01-01'],
    [45292, 'dd/mm/yyyy', '01/01/2024'],
    [45292, 'mmm yyyy', 'Jan 2024'],
    [45292, 'mmmm', 'January'],
    [45292, 'dddd', 'Monday'],
    [45292, 'ddd d-mmm-yy', 'Mon 1-Jan-24'],
    [45292.75, 'hh:mm', '18:00'],
    [45292.75, 'h:mm AM/PM', '6:00 PM'],
  ])('formats the date serial %s with "%s" as "%s"', (value, format, expected) => {
    expect(excelText(value, format)).toBe(expected);
  });

  it('returns text unchanged', () => {
    expect(excelText('abc', '0.00')).toBe('abc');
  });
});
