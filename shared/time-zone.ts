import { z } from 'zod';

/** Whether the runtime knows the IANA zone (`Europe/Berlin`); the same answer in Node, Workers and browsers. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone name, as organisations choose theirs. */
export const TimeZoneSchema = z.string().min(1).max(64).refine(isTimeZone, 'must be a time zone such as Europe/Berlin or America/New_York');

/**
 * A moment as the organisation's people and candidates read it, with the zone named, so nobody has to
 * guess whose clock it is: `Fri 11 Dec 2026, 17:00 (Europe/Berlin)`.
 */
export function formatInZone(at: Date | string, timeZone: string): string {
  const date = typeof at === 'string' ? new Date(at) : at;
  const text = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
  return `${text} (${timeZone})`;
}
