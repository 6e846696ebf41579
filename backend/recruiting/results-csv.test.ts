import { describe, expect, it } from 'vitest';
import { csvField } from './results-csv';

describe('a CSV field', () => {
  it('is quoted when it is text, and left as it is when a number or empty', () => {
    expect(csvField('Ada Lovelace')).toBe('"Ada Lovelace"');
    expect(csvField(0.75)).toBe('0.75');
    expect(csvField(null)).toBe('');
  });

  it('is quoted, with quotes doubled, when it holds a comma, a quote or a line break', () => {
    expect(csvField('Lovelace, Ada')).toBe('"Lovelace, Ada"');
    expect(csvField('Ada "the first" Lovelace')).toBe('"Ada ""the first"" Lovelace"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('cannot become a formula when the file is opened in Excel', () => {
    expect(csvField('=HYPERLINK("http://evil.example","click")')).toBe(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    for (const lead of ['+', '-', '@', '\t']) expect(csvField(`${lead}1+1`)).toBe(`"'${lead}1+1"`);
  });

  it('stays one field in a locale that separates with semicolons', () => {
    expect(csvField("Eve;=cmd|' /C calc'!A0")).toBe(`"Eve;=cmd|' /C calc'!A0"`);
  });
});
