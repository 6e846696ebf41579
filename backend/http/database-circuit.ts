/**
 * Fails requests fast while the database is down. Without it, postgres.js keeps requests queued for a
 * connection while it retries with growing pauses, so during an outage answers took 3–26 s instead of an
 * immediate 503 the add-in's queue could act on.
 *
 * When a request finds the database unreachable the circuit opens for `openMs`: requests already waiting
 * are answered 503 at once (their work may still finish later; hand-ins are idempotent, so the retry finds
 * it), and new ones are answered 503 without touching the pool. After `openMs` requests go through again;
 * the first that fails opens it again.
 */
export interface DatabaseCircuit {
  /** Milliseconds until requests go through again; 0 when closed. */
  openFor(): number;
  /** Opens the circuit and tells every waiting request. */
  trip(): void;
  /** Calls `listener` on the next trip; returns the function that stops listening. */
  onTrip(listener: () => void): () => void;
}

export function databaseCircuit(options: { openMs?: number; now?: () => number } = {}): DatabaseCircuit {
  const openMs = options.openMs ?? 2000;
  const now = options.now ?? Date.now;
  const listeners = new Set<() => void>();
  let openUntil = 0;
  return {
    openFor: () => Math.max(0, openUntil - now()),
    trip() {
      openUntil = now() + openMs;
      const waiting = [...listeners];
      listeners.clear();
      for (const listener of waiting) listener();
    },
    onTrip(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
