import type { WorkbookSnapshot } from '../../shared/snapshot';
import { LIMITS } from '../../shared/limits';

/**
 * The pane stamps a workbook when it sets a task up: a custom document property per task naming the
 * interview, so a workbook handed in by another candidate is recognised. Custom properties travel with the
 * file; the candidate does not see them unless they look in File › Info › Properties.
 */
const PREFIX = 'ExcelInterviewer:';

export const stampKey = (taskId: string) => `${PREFIX}${taskId}`;

/** The stamps among a workbook's custom properties (others, the workbook's own, are left out). */
export function stampsOf(properties: readonly { key: string; value: unknown }[]): NonNullable<WorkbookSnapshot['stamps']> {
  return properties
    .filter((p) => p.key.startsWith(PREFIX) && typeof p.value === 'string')
    .map((p) => ({
      taskId: p.key.slice(PREFIX.length).slice(0, LIMITS.shortText),
      interviewId: String(p.value).slice(0, LIMITS.shortText),
    }))
    .slice(0, 50);
}
