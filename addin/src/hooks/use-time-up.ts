import { useEffect, useRef } from 'react';

/**
 * Calls `onTimeUp` once when `deadline` (this machine's clock, already corrected by the server's) passes,
 * at once if it already has (the pane reopened after the time ran out). Null while nothing is counting.
 */
export function useTimeUp(deadline: number | null, onTimeUp: () => void): void {
  const latest = useRef(onTimeUp);
  useEffect(() => {
    latest.current = onTimeUp;
  });
  useEffect(() => {
    if (deadline === null) return;
    const id = setTimeout(() => latest.current(), Math.max(0, deadline - Date.now()));
    return () => clearTimeout(id);
  }, [deadline]);
}
