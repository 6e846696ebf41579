import { formatInZone } from '../../../shared/time-zone';

/** 0.8312 → "83%". */
export const percent = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${Math.round(x * 100)}%`);

/** An overall score out of the whole assessment: "so far" while the interview goes on, never shown as final. */
export const overallText = (x: number | null | undefined, final: boolean) =>
  x === null || x === undefined ? '—' : final ? percent(x) : `${percent(x)} so far`;

/** The organisation's time zone, set at sign-in: every date the dashboard shows is in it, named. */
let displayZone = 'UTC';
export const setDisplayTimeZone = (zone: string) => {
  displayZone = zone;
};

/** `Fri 11 Dec 2026, 17:00 (Europe/Berlin)`, in the organisation's zone. */
export const dateTime = (iso: string | null | undefined) => (iso ? formatInZone(iso, displayZone) : '—');

/** 754 → "12 min 34 s"; negative durations are "over by …". */
export function duration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return '—';
  const over = seconds < 0;
  const s = Math.abs(seconds);
  const parts =
    s >= 3600
      ? [
          [Math.floor(s / 3600), 'h'],
          [Math.floor((s % 3600) / 60), 'min'],
        ]
      : s >= 60
        ? [
            [Math.floor(s / 60), 'min'],
            [s % 60, 's'],
          ]
        : [[s, 's']];
  const text = parts
    .filter(([n], i) => i === 0 || n !== 0)
    .map(([n, unit]) => `${n} ${unit}`)
    .join(' ');
  return over ? `over by ${text}` : text;
}

export { SKILL_NAMES, skillName } from '../../../shared/task';

/** A cell's value as a recruiter reads it: "an empty cell", “text” in quotes, TRUE/FALSE, the number. */
export function cellInWords(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined || value === '') return 'an empty cell';
  if (typeof value === 'string') return value.startsWith('#') ? `the error ${value}` : `“${value}”`;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** What a check expected and what it found, in one phrase: "expected 42, got an empty cell". */
export function expectedAndGot(expected: Parameters<typeof cellInWords>[0], got: Parameters<typeof cellInWords>[0]): string {
  return expected === undefined ? `got ${cellInWords(got)}` : `expected ${cellInWords(expected)}, got ${cellInWords(got)}`;
}

/** A span of time the data places something in: "under 30 s", "5 min to 6 min", "over 1 h 30 min". */
export function timeRange(range: { from: number; to: number | null } | null): string {
  if (!range) return '—';
  if (range.to === null) return `over ${duration(range.from)}`;
  return range.from === 0 ? `under ${duration(range.to)}` : `${duration(range.from)} to ${duration(range.to)}`;
}
