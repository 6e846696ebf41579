import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { ActivityEvent } from '../../../shared/api/activity';
import type { ExcelHost } from '../../excel/host';
import { candidateApi } from '../api';
import type { Saved } from '../store';

/** Events kept for a later batch when one cannot be sent, newest last. */
const KEPT_EVENTS = 500;

/**
 * Watches the candidate's edits while an interview is open and sends them in batches; a batch that fails
 * is kept for the next. Returns `sendPending`, which a hand-in calls so its timeline is complete.
 */
export function useActivity(excel: ExcelHost | null, saved: RefObject<Saved>, token: string | null): () => Promise<void> {
  const pending = useRef<ActivityEvent[]>([]);
  useEffect(() => {
    if (!excel || !token) return;
    let stopped = false;
    const watch = excel.watchActivity((events) => {
      const api = candidateApi(saved.current.baseUrl, saved.current.token);
      const batch = [...pending.current, ...events].slice(-KEPT_EVENTS);
      pending.current = [];
      api.activity(batch).catch(() => {
        if (!stopped) pending.current = batch;
      });
    });
    return () => {
      stopped = true;
      void watch.then((w) => w.stop());
    };
  }, [excel, saved, token]);
  return useCallback(async () => {
    if (!pending.current.length) return;
    await candidateApi(saved.current.baseUrl, saved.current.token)
      .activity(pending.current.splice(0))
      .catch(() => {});
  }, [saved]);
}
