import { randomUUID } from 'node:crypto';
import type { WorkbookSnapshot } from '../../shared/snapshot';

/** Every request a virtual candidate made: what, how long, and how it ended (HTTP status, or 0 for no answer). */
export interface Sample {
  kind: string;
  ms: number;
  status: number;
}

/** What the server acknowledged, for the reconciliation: hand-in ids it answered 2xx for. */
export interface Ledger {
  samples: Sample[];
  acknowledged: Set<string>;
  gaveUp: number;
}

const RETRIES = 40;

/**
 * One request as the add-in makes it: on no answer, 503 or 429 it waits (backoff, capped at 2 s, or
 * Retry-After) and sends the very same request again, so a hand-in keeps its id across retries.
 */
async function call(base: string, ledger: Ledger, kind: string, path: string, init: RequestInit): Promise<Response | null> {
  for (let attempt = 0; attempt < RETRIES; attempt++) {
    const t0 = performance.now();
    let res: Response | null = null;
    try {
      res = await fetch(base + path, init);
    } catch {
      res = null;
    }
    ledger.samples.push({ kind, ms: performance.now() - t0, status: res?.status ?? 0 });
    if (res && res.status !== 503 && res.status !== 429) return res;
    await res?.arrayBuffer();
    const retryAfter = Number(res?.headers.get('retry-after') ?? 0) * 1000;
    await new Promise((resolve) =>
      setTimeout(resolve, Math.min(2_000, Math.max(retryAfter ? Math.min(retryAfter, 2_000) : 0, 50 * 2 ** attempt))),
    );
  }
  ledger.gaveUp++;
  return null;
}

export interface CandidatePlan {
  base: string;
  code: string;
  /** The candidate's own address, as the proxy in front of the server would report it. */
  address: string;
  snapshots: Record<string, WorkbookSnapshot>;
  /** Reads of the current session between hand-ins, as the add-in makes when it reopens or resumes. */
  readsPerTask: number;
}

/** A whole interview: redeem, then for each task read, hand in (acknowledged at once), wait for the score, answer the follow-up. */
export async function playInterview(plan: CandidatePlan, ledger: Ledger): Promise<void> {
  const json = (token: string | null, extra: Record<string, string> = {}) => ({
    'content-type': 'application/json',
    'x-forwarded-for': plan.address,
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...extra,
  });
  const redeemed = await call(plan.base, ledger, 'redeem', '/api/v1/invites/redeem', {
    method: 'POST',
    headers: json(null),
    body: JSON.stringify({ code: plan.code }),
  });
  if (!redeemed?.ok) return;
  const { sessionToken: token, task: first } = (await redeemed.json()) as { sessionToken: string; task: { id: string } | null };
  let task = first;
  while (task) {
    for (let r = 0; r < plan.readsPerTask; r++)
      await (await call(plan.base, ledger, 'read', '/api/v1/session', { headers: json(token) }))?.arrayBuffer();
    const submissionId = randomUUID();
    const body = JSON.stringify({ submissionId, taskId: task.id, snapshot: plan.snapshots[task.id] });
    const handedIn = await call(plan.base, ledger, 'submit', '/api/v1/session/submissions', {
      method: 'POST',
      headers: json(token, { prefer: 'respond-async' }),
      body,
    });
    if (!handedIn?.ok) return;
    ledger.acknowledged.add(submissionId);
    await handedIn.arrayBuffer();
    // As the add-in does: ask again when the server says (Retry-After on the 202).
    let scored = null as { nextTask: { id: string } | null; followUp: { id: string } | null } | null;
    let wait = Number(handedIn.headers.get('retry-after') ?? 1) * 1000;
    while (!scored) {
      await new Promise((resolve) => setTimeout(resolve, wait));
      const res = await call(plan.base, ledger, 'poll', `/api/v1/session/submissions/${submissionId}`, { headers: json(token) });
      if (!res) return;
      if (res.status === 200) scored = (await res.json()) as typeof scored;
      else {
        wait = Number(res.headers.get('retry-after') ?? 1) * 1000;
        await res.arrayBuffer();
      }
    }
    if (scored.followUp) {
      await (
        await call(plan.base, ledger, 'answer', `/api/v1/session/follow-ups/${scored.followUp.id}/answer`, {
          method: 'POST',
          headers: json(token),
          body: JSON.stringify({ answer: 'An exact match, with absolute references so it can be filled down.' }),
        })
      )?.arrayBuffer();
    }
    task = scored.nextTask;
  }
}

/** Redeems and returns the session token, for the read and hand-in bursts. */
export async function startInterview(plan: CandidatePlan, ledger: Ledger): Promise<{ token: string; taskId: string } | null> {
  const res = await call(plan.base, ledger, 'redeem', '/api/v1/invites/redeem', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': plan.address },
    body: JSON.stringify({ code: plan.code }),
  });
  if (!res?.ok) return null;
  const body = (await res.json()) as { sessionToken: string; task: { id: string } };
  return { token: body.sessionToken, taskId: body.task.id };
}

/** Reads the current session `count` times, one after another. */
export async function readRepeatedly(base: string, token: string, count: number, ledger: Ledger): Promise<void> {
  for (let i = 0; i < count; i++)
    await (await call(base, ledger, 'read', '/api/v1/session', { headers: { authorization: `Bearer ${token}` } }))?.arrayBuffer();
}

/** Hands in the current task, asking for the acknowledgement only (the score follows). */
export async function handInOnce(base: string, token: string, taskId: string, snapshot: WorkbookSnapshot, ledger: Ledger): Promise<void> {
  const submissionId = randomUUID();
  const res = await call(base, ledger, 'submit', '/api/v1/session/submissions', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, prefer: 'respond-async' },
    body: JSON.stringify({ submissionId, taskId, snapshot }),
  });
  if (res?.ok) ledger.acknowledged.add(submissionId);
  await res?.arrayBuffer();
}
