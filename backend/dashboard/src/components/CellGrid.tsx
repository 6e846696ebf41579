import { Table, TableBody, TableCell, TableRow, Text } from '@fluentui/react-components';
import { textOf } from '../../../../shared/text';
import { useLayout } from './layout';

export interface CellGridProps {
  /** What the rows are, shown above them. */
  caption: string;
  /** The table's accessible name. */
  label: string;
  rows: readonly (readonly (string | number | boolean | null)[])[];
}

/** A few rows of worksheet cells as a small table: a task's starter data, or a hidden variant of it. */
export function CellGrid({ caption, label, rows }: CellGridProps) {
  const l = useLayout();
  return (
    <div>
      <Text as="p" block className={l.muted}>
        {caption}
      </Text>
      <Table size="extra-small" aria-label={label}>
        <TableBody>
          {rows.map((row, r) => (
            <TableRow key={r}>
              {row.map((cell, c) => (
                <TableCell key={c} className={l.mono}>
                  {textOf(cell)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
