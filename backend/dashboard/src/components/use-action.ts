import { useCallback, useState } from 'react';

/**
 * An action a person starts from a page (save, invite, revoke): whether it is running, and its failure as
 * the server's own message, to show where the action was. `fail` shows a refusal found before calling.
 */
export function useAction() {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }, []);
  return { run, error, busy, fail: setError };
}
