/**
 * Excel's TEXT(value, format) for the format codes analysts use: digit placeholders with thousands
 * separators, decimals and percent, literal text and currency signs, positive;negative sections, and
 * date/time codes. HyperFormula's own TEXT gets `#,##0.00`, `0.0%` and `mmm` wrong.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Splits a format section into literal text and code, keeping quoted text and escaped characters literal. */
function tokens(section: string): { literal: boolean; text: string }[] {
  const out: { literal: boolean; text: string }[] = [];
  for (let i = 0; i < section.length; i++) {
    const ch = section[i]!;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      out.push({ literal: true, text: section.slice(i + 1, end < 0 ? undefined : end) });
      i = end < 0 ? section.length : end;
    } else if (ch === '\\') {
      out.push({ literal: true, text: section[i + 1] ?? '' });
      i++;
    } else if (ch === '_' || ch === '*') {
      i++; // padding directives: Excel's TEXT drops them
    } else if (/^\[[^\]]*\]/.test(section.slice(i))) {
      i = section.indexOf(']', i); // colour and condition codes do not change the text
    } else {
      out.push({ literal: false, text: ch });
    }
  }
  return out;
}

function isDateFormat(section: string): boolean {
  return (
    tokens(section).some((t) => !t.literal && /[ydhsYDHS]/.test(t.text)) ||
    (tokens(section).some((t) => !t.literal && /[mM]/.test(t.text)) && !tokens(section).some((t) => !t.literal && /[0#?]/.test(t.text)))
  );
}

function formatDate(serial: number, section: string): string {
  const ms = EXCEL_EPOCH_MS + Math.round(serial * 86_400_000);
  const d = new Date(ms);
  const code = tokens(section)
    .map((t) => (t.literal ? `\u0000${t.text}\u0001` : t.text))
    .join('');
  const hasAmPm = /AM\/PM|A\/P/i.test(code);
  const hours = d.getUTCHours();
  const out: string[] = [];
  const re = /\u0000([^\u0001]*)\u0001|yyyy|yy|mmmmm|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|AM\/PM|A\/P|./gi;
  const parts = [...code.matchAll(re)].map((m) => m[0]);
  parts.forEach((part, i) => {
    const lower = part.toLowerCase();
    const prev =
      parts
        .slice(0, i)
        .reverse()
        .find((p) => /^[hms]/i.test(p))
        ?.toLowerCase() ?? '';
    const next =
      parts
        .slice(i + 1)
        .find((p) => /^[hmsdy]/i.test(p))
        ?.toLowerCase() ?? '';
    const minuteContext = prev.startsWith('h') || next.startsWith('s');
    if (part.startsWith('\u0000')) out.push(part.slice(1, -1));
    else if (lower === 'yyyy') out.push(String(d.getUTCFullYear()));
    else if (lower === 'yy') out.push(String(d.getUTCFullYear() % 100).padStart(2, '0'));
    else if (lower === 'mmmmm') out.push(MONTHS[d.getUTCMonth()]![0]!);
    else if (lower === 'mmmm') out.push(MONTHS[d.getUTCMonth()]!);
    else if (lower === 'mmm') out.push(MONTHS[d.getUTCMonth()]!.slice(0, 3));
    else if (lower === 'mm') out.push(String(minuteContext ? d.getUTCMinutes() : d.getUTCMonth() + 1).padStart(2, '0'));
    else if (lower === 'm') out.push(String(minuteContext ? d.getUTCMinutes() : d.getUTCMonth() + 1));
    else if (lower === 'dddd') out.push(DAYS[d.getUTCDay()]!);
    else if (lower === 'ddd') out.push(DAYS[d.getUTCDay()]!.slice(0, 3));
    else if (lower === 'dd') out.push(String(d.getUTCDate()).padStart(2, '0'));
    else if (lower === 'd') out.push(String(d.getUTCDate()));
    else if (lower === 'hh' || lower === 'h') {
      const h = hasAmPm ? ((hours + 11) % 12) + 1 : hours;
      out.push(lower === 'hh' ? String(h).padStart(2, '0') : String(h));
    } else if (lower === 'ss') out.push(String(d.getUTCSeconds()).padStart(2, '0'));
    else if (lower === 's') out.push(String(d.getUTCSeconds()));
    else if (lower === 'am/pm') out.push(hours < 12 ? 'AM' : 'PM');
    else if (lower === 'a/p') out.push(hours < 12 ? 'A' : 'P');
    else out.push(part);
  });
  return out.join('');
}

function formatNumber(value: number, section: string, withSign: boolean): string {
  const toks = tokens(section);
  const code = toks
    .filter((t) => !t.literal)
    .map((t) => t.text)
    .join('');
  const percent = (code.match(/%/g) ?? []).length;
  const firstDigit = toks.findIndex((t) => !t.literal && /[0#?]/.test(t.text));
  let lastDigit = -1;
  toks.forEach((t, i) => {
    if (!t.literal && /[0#?.,]/.test(t.text)) lastDigit = i;
  });
  if (firstDigit < 0) return toks.map((t) => t.text).join('');
  const numberCode = toks
    .slice(firstDigit, lastDigit + 1)
    .filter((t) => !t.literal)
    .map((t) => t.text)
    .join('');
  const trailingCommas = /,+$/.exec(numberCode)?.[0].length ?? 0;
  const core = numberCode.slice(0, numberCode.length - trailingCommas);
  const [intCode = '', decCode = ''] = core.split('.');
  const decimals = (decCode.match(/[0#?]/g) ?? []).length;
  const minDecimals = (decCode.match(/0/g) ?? []).length;
  const minInt = (intCode.match(/0/g) ?? []).length;
  const grouping = intCode.includes(',');
  const scaled = (Math.abs(value) * 100 ** percent) / 1000 ** trailingCommas;
  let [intPart, decPart = ''] = (Math.round(scaled * 10 ** decimals) / 10 ** decimals).toFixed(decimals).split('.') as [string, string?];
  decPart = decPart.replace(new RegExp(`0{0,${decimals - minDecimals}}$`), '');
  if (intPart === '0' && minInt === 0) intPart = '';
  intPart = intPart.padStart(minInt, '0');
  if (grouping) intPart = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const number = decCode !== '' || core.includes('.') ? `${intPart}${decPart || core.endsWith('.') ? '.' : ''}${decPart}` : intPart;
  const before = toks
    .slice(0, firstDigit)
    .map((t) => t.text)
    .join('');
  const after = toks
    .slice(lastDigit + 1)
    .map((t) => t.text)
    .join('');
  return `${withSign && value < 0 ? '-' : ''}${before}${number}${after}`;
}

/** TEXT(value, format) as Excel computes it, for a number; text values come back unchanged. */
export function excelText(value: number | string | boolean, format: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const sections = format.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  const section =
    value < 0 && sections[1] !== undefined ? sections[1] : value === 0 && sections[2] !== undefined ? sections[2] : sections[0]!;
  if (/^general$/i.test(section.trim())) return String(value);
  if (isDateFormat(section)) return formatDate(value, section);
  return formatNumber(value, section, !(value < 0 && sections[1] !== undefined));
}
