import { Button, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { useLayout } from './layout';

/**
 * Paging by the server's cursors: the cursors of the pages before this one are kept, so going back pops one
 * and paging never asks for an offset. `restart` goes back to the first page (a new filter or order).
 */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  return {
    cursor: cursors.at(-1),
    page: cursors.length,
    restart: () => setCursors([undefined]),
    back: () => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)),
    forward: (next: string) => setCursors((c) => [...c, next]),
  };
}

export interface CursorPagerProps {
  pages: ReturnType<typeof useCursorPages>;
  /** The page's `nextCursor`; null on the last page. */
  nextCursor: string | null;
  label: string;
}

/** Previous page, the page's number, next page. */
export function CursorPager({ pages, nextCursor, label }: CursorPagerProps) {
  const l = useLayout();
  return (
    <nav className={l.actions} aria-label={label}>
      <Button disabled={pages.page === 1} onClick={pages.back}>
        Previous page
      </Button>
      <Text>Page {pages.page}</Text>
      <Button disabled={!nextCursor} onClick={() => pages.forward(nextCursor!)}>
        Next page
      </Button>
    </nav>
  );
}
