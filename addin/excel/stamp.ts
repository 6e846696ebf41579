import type { WorkbookSnapshot } from '../../shared/snapshot';
import { LIMITS } from '../../shared/limits';
import type { Supported } from './features';

/**
 * The pane stamps a workbook when it sets a task up: a custom document property per task naming the
 * interview, and the same property on each of the task's sheets where the host has worksheet properties,
 * so a workbook (or a sheet copied out of one) handed in by another candidate is recognised. Custom
 * properties travel with the file and a sheet's with the sheet; the candidate does not see them unless they
 * look for them (File › Info › Properties; a sheet's only through code).
 */
const PREFIX = 'ExcelInterviewer:';

export const stampKey = (taskId: string) => `${PREFIX}${taskId}`;

type Stamps = NonNullable<WorkbookSnapshot['stamps']>;
/** As many as the snapshot takes: the document's first, then the sheets'. */
const MOST_STAMPS = 50;

/** The interview a set-up stamps, and what the host has: the document's properties (ExcelApi 1.7), the sheets' (1.12). */
export interface Stamp {
  interviewId: string;
  supported: Supported;
}

/**
 * The stamps among the custom properties of the document and of each sheet (others, the workbook's own, are
 * left out).
 */
export function stampsOf(
  document: readonly { key: string; value: unknown }[],
  sheets: readonly { sheet: string; properties: readonly { key: string; value: unknown }[] }[] = [],
): Stamps {
  const of = (properties: readonly { key: string; value: unknown }[], sheet?: string): Stamps =>
    properties
      .filter((p) => p.key.startsWith(PREFIX) && typeof p.value === 'string')
      .map((p) => ({
        taskId: p.key.slice(PREFIX.length).slice(0, LIMITS.shortText),
        interviewId: String(p.value).slice(0, LIMITS.shortText),
        ...(sheet === undefined ? {} : { sheet }),
      }));
  return [...of(document), ...sheets.flatMap((s) => of(s.properties, s.sheet))].slice(0, MOST_STAMPS);
}
