import { useCallback, useRef, useState, type RefObject } from 'react';
import { load, save, type Saved } from '../store';

/** Changes the saved state: written to storage before React renders it. */
export type UpdateSaved = (change: (s: Saved) => Saved) => void;

/**
 * The pane's saved state: what survives closing and reopening. The ref holds the newest value for
 * callbacks that outlive a render (the outbox, the activity batcher); `update` writes it to storage
 * synchronously, so a hand-in is on disk before it is sent.
 */
export function useSavedState(storage: Storage): [Saved, RefObject<Saved>, UpdateSaved] {
  const [saved, setSaved] = useState<Saved>(() => load(storage));
  const current = useRef(saved);
  const update = useCallback<UpdateSaved>(
    (change) => {
      current.current = change(current.current);
      save(storage, current.current);
      setSaved(current.current);
    },
    [storage],
  );
  return [saved, current, update];
}
