import { randomUUID } from 'node:crypto';
import type { WorkbookSnapshot } from '../../shared/snapshot';
import type { TaskSpec } from '../../shared/task';
import { builtInTask } from '../../backend/tasks/library';
import { jsonRequest, type testApp } from './app';

/** A task as the API hands it to a candidate: its public part, with the starter data this candidate was given. */
export interface HandedOutTask {
  id: string;
  starter: TaskSpec['starter'];
}

/**
 * The library task as this candidate has it: its reference and checks with the starter data the API handed
 * out (each interview has its own), which is what the task pane writes into the workbook.
 */
export const asHandedOut = (handed: HandedOutTask): TaskSpec => ({ ...builtInTask(handed.id)!, starter: handed.starter });

/**
 * A candidate plays an interview through the API: redeems the code, presses Start, then hands in `snapshotFor(task)` for
 * each task, `handIns` of them at most (all by default). Returns the session and the submissions made.
 */
export async function playInterview(
  app: ReturnType<typeof testApp>,
  code: string,
  snapshotFor: (task: TaskSpec) => WorkbookSnapshot,
  handIns = Infinity,
): Promise<{ sessionId: string; sessionToken: string; submissionIds: string[] }> {
  const redeemed = (await (await app.request('/api/v1/invites/redeem', jsonRequest('POST', { code }))).json()) as {
    sessionToken: string;
    session: { id: string };
    task: HandedOutTask | null;
  };
  const started = await app.request('/api/v1/session/start', jsonRequest('POST', undefined, redeemed.sessionToken));
  if (started.status !== 200) throw new Error(`start refused: ${started.status} ${await started.text()}`);
  const submissionIds: string[] = [];
  let task = redeemed.task;
  while (task && submissionIds.length < handIns) {
    const submissionId = randomUUID();
    const res = await app.request(
      '/api/v1/session/submissions',
      jsonRequest('POST', { submissionId, taskId: task.id, snapshot: snapshotFor(asHandedOut(task)) }, redeemed.sessionToken),
    );
    if (res.status !== 201) throw new Error(`hand-in refused: ${res.status} ${await res.text()}`);
    submissionIds.push(submissionId);
    task = ((await res.json()) as { nextTask: HandedOutTask | null }).nextTask;
  }
  await app.drain();
  return { sessionId: redeemed.session.id, sessionToken: redeemed.sessionToken, submissionIds };
}
