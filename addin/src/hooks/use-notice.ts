import { useState } from 'react';
import { ApiError } from '../api';

/** A message above the screen: an error, a warning the candidate can wait out, or information. */
export interface Notice {
  intent: 'error' | 'warning' | 'info';
  text: string;
}

/** What went wrong, in words for the candidate: the server's own message, or what Excel refused. */
export const messageOf = (error: unknown) =>
  error instanceof ApiError ? error.message : error instanceof Error ? `Excel could not do that: ${error.message}` : String(error);

/** The one notice the pane shows at a time. */
export function useNotice() {
  const [notice, setNotice] = useState<Notice | null>(null);
  return { notice, show: setNotice };
}
