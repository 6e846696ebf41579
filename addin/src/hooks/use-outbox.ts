import { useCallback, useEffect, type RefObject } from 'react';
import type { SubmitResponse } from '../../../shared/api/submissions';
import { ApiError, candidateApi } from '../api';
import { offsetFrom, type Saved } from '../store';
import { messageOf, type Notice } from './use-notice';
import type { UpdateSaved } from './use-saved-state';

interface OutboxOptions {
  saved: RefObject<Saved>;
  /** How many hand-ins wait, as last rendered. */
  waiting: number;
  update: UpdateSaved;
  /** How often queued hand-ins are retried while the server cannot be reached. */
  retryMs: number;
  show: (notice: Notice | null) => void;
  onScored: (response: SubmitResponse) => void;
  afterSend: () => Promise<void>;
}

/**
 * Sends the hand-ins waiting in the saved outbox, oldest first, until the server acknowledges each; retried
 * on a timer and when the browser is back online. A hand-in the server refuses for good (the task was
 * already handed in, the interview is over) leaves the queue with the server's reason shown. Returns
 * `flush`, for sending at once.
 */
export function useOutbox({ saved, waiting, update, retryMs, show, onScored, afterSend }: OutboxOptions): () => Promise<void> {
  const flush = useCallback(async () => {
    const { outbox, baseUrl, token } = saved.current;
    const next = outbox[0];
    if (!next) return;
    try {
      const response = await candidateApi(baseUrl, token).submit(next);
      update((s) => ({
        ...s,
        outbox: s.outbox.filter((o) => o.submissionId !== next.submissionId),
        session: response.session,
        task: response.nextTask,
        clockOffsetMs: offsetFrom(response.session.serverTime),
        followUp: response.followUp,
      }));
      onScored(response);
      show(null);
      await afterSend();
    } catch (error) {
      const failure = error instanceof ApiError ? error.failure : null;
      if (failure && failure.kind !== 'refused') {
        show({ intent: 'warning', text: failure.message });
        return;
      }
      update((s) => ({ ...s, outbox: s.outbox.filter((o) => o.submissionId !== next.submissionId) }));
      show({ intent: 'error', text: messageOf(error) });
    }
  }, [saved, update, show, onScored, afterSend]);

  useEffect(() => {
    if (waiting === 0) return;
    void flush();
    const id = setInterval(() => void flush(), retryMs);
    const online = () => void flush();
    window.addEventListener('online', online);
    return () => {
      clearInterval(id);
      window.removeEventListener('online', online);
    };
  }, [waiting, flush, retryMs]);
  return flush;
}
