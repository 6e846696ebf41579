/** A high surrogate with no low one after it, or a low one with no high one before it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The text with each lone surrogate replaced by U+FFFD, as UTF-8 (and PostgreSQL) must store it. Excel
 * makes them (`=LEFT("😀",1)` is half an emoji), so a hand-in may carry one; both sides of a comparison
 * go through this, so the cell still matches what the engine computes.
 */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** Whether the text holds U+0000, which no text field accepts (PostgreSQL cannot store it, Excel cannot make it). */
export const hasNul = (text: string): boolean => text.includes('\u0000');

/** Any value as text: text, numbers and booleans as written, nothing as empty, anything else as JSON. */
export function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value) ?? '';
}
