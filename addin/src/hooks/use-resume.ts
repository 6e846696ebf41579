import { useEffect, type RefObject } from 'react';
import { candidateApi } from '../api';
import { offsetFrom, type Saved } from '../store';
import type { UpdateSaved } from './use-saved-state';

/** On reopening, asks the server where the interview is; without an answer the pane carries on from what was saved. */
export function useResume(saved: RefObject<Saved>, update: UpdateSaved): void {
  useEffect(() => {
    const { token, baseUrl } = saved.current;
    if (!token) return;
    candidateApi(baseUrl, token)
      .current()
      .then(
        ({ session, task, followUp }) =>
          update((s) => ({
            ...s,
            session,
            task,
            followUp,
            clockOffsetMs: offsetFrom(session.serverTime),
          })),
        () => {},
      );
  }, [saved, update]);
}
