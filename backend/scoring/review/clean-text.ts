/** Zero-width, bidirectional and other invisible characters: they can hide text from a reader but not from a model. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF\u{E0000}-\u{E007F}]/gu;

/** Workbook text as it may reach a model: visible characters only, single-spaced, cut to `max` characters. */
export function cleanText(text: string, max: number): string {
  const visible = text.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  return visible.length > max ? `${visible.slice(0, max - 1)}…` : visible;
}
