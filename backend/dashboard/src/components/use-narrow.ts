import { useEffect, useState } from 'react';

/** The width below which the dashboard lays out for a phone (the same as the stacked tables in index.html). */
const NARROW = '(max-width: 600px)';

/** Whether the window is phone-narrow now; follows rotation and resizing. */
export function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(() => window.matchMedia(NARROW).matches);
  useEffect(() => {
    const query = window.matchMedia(NARROW);
    const follow = () => setNarrow(query.matches);
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, []);
  return narrow;
}
