import type { ActivityEvent } from '../../shared/api/activity';
import type { WorkbookSnapshot } from '../../shared/snapshot';
import type { TaskPublic } from '../../shared/task';
import { supportedBy } from './features';
import { readSnapshot, type ExcelRun, type HostFacts } from './read-snapshot';
import { retryingRun } from './retry';
import { setupTask } from './setup-task';
import { watchActivity, type ActivityWatch } from './watch-activity';

/** Everything the task pane needs from Excel. Screens get this, never Office.js itself. */
export interface ExcelHost {
  readonly facts: HostFacts;
  /** Office's theme, so the pane matches it. */
  readonly theme: 'light' | 'dark';
  /** Writes the task's starter sheets, stamped with the interview they were set up for. */
  setupTask(task: TaskPublic, interviewId: string): Promise<void>;
  readSnapshot(): Promise<WorkbookSnapshot>;
  watchActivity(onEvents: (events: ActivityEvent[]) => void): Promise<ActivityWatch>;
}

/** An ExcelHost over any `Excel.run` (Office's, or the simulator's in tests). */
export function createExcelHost(
  run: ExcelRun,
  facts: HostFacts,
  onWaiting?: (attempt: number) => void,
  theme: 'light' | 'dark' = 'light',
): ExcelHost {
  const safeRun = retryingRun(run, onWaiting);
  let watch: ActivityWatch | null = null;
  return {
    facts,
    theme,
    setupTask: (task, interviewId) => {
      const writing = setupTask(safeRun, task, { interviewId, supported: supportedBy(facts.isSetSupported) });
      return watch ? watch.ignoreOwnWrites(writing) : writing;
    },
    readSnapshot: () => readSnapshot(safeRun, facts),
    async watchActivity(onEvents) {
      watch = await watchActivity(safeRun, onEvents, { supported: supportedBy(facts.isSetSupported) });
      return watch;
    },
  };
}

/**
 * Waits for Office, then returns the host backed by the real Excel. The only place that reads
 * `Office.context`; rendering does not wait on it (the pane paints first, then connects).
 */
export async function officeExcelHost(onWaiting?: (attempt: number) => void): Promise<ExcelHost> {
  const info = await Office.onReady();
  const facts: HostFacts = {
    platform: String(info.platform ?? Office.context.platform ?? 'unknown'),
    version: Office.context.diagnostics?.version ?? 'unknown',
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
  const background = Office.context.officeTheme?.bodyBackgroundColor ?? '#ffffff';
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(background.slice(i, i + 2), 16) || 255) as [number, number, number];
  const theme = 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
  return createExcelHost((batch) => Excel.run(batch), facts, onWaiting, theme);
}
