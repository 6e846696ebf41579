import { useCallback, useState } from 'react';
import { ApiError } from '../api';

type FieldErrors = Record<string, string>;

/**
 * An action a person starts from a page (save, invite, revoke): whether it is running, and its failure as
 * the server's own message, to show where the action was; a refused field's reason is kept for that field
 * (`fieldError`), to show beside it. `fail` shows a refusal found before calling.
 */
export function useAction() {
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    setFields({});
    try {
      await work();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      if (e instanceof ApiError) setFields(Object.fromEntries(e.details.map((d) => [d.path, d.message])));
    } finally {
      setBusy(false);
    }
  }, []);
  /** Props for a Fluent Field: the server's reason for refusing this field, if it did. */
  const fieldError = useCallback(
    (path: string) =>
      fields[path] ? { validationMessage: fields[path], validationState: 'error' as const } : { validationState: 'none' as const },
    [fields],
  );
  return { run, error, busy, fail: setError, fieldError };
}
