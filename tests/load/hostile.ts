import type { SnapshotCell, WorkbookSnapshot } from '../../shared/snapshot';

/** The solved workbook with extra cells on its first sheet. */
function withCells(solved: WorkbookSnapshot, cells: SnapshotCell[]): WorkbookSnapshot {
  const copy = structuredClone(solved);
  copy.sheets[0]!.cells.push(...cells);
  return copy;
}

const rows = (count: number, cells: (r: number) => SnapshotCell[]) => Array.from({ length: count }, (_, i) => cells(i + 1)).flat();

/**
 * Hand-ins an attacker (or a very unlucky candidate) sends, each built on the task's solved workbook and
 * each within what Excel accepts: the grader must end each as "could not be scored in full", with its
 * reason, and never hold up anyone else. The reason each is expected to end with is named.
 */
export function hostileHandIns(solved: WorkbookSnapshot): { name: string; expect: string; snapshot: WorkbookSnapshot }[] {
  return [
    // Not hostile any more: the whole grid is evaluated. It must be scored in full.
    {
      name: 'past row 40,000',
      expect: 'scored',
      snapshot: withCells(solved, [
        { address: 'A40001', value: 'x' },
        { address: 'XFD1048576', value: 1 },
      ]),
    },
    {
      name: 'deep nesting',
      expect: 'too_deeply_nested',
      snapshot: withCells(solved, [{ address: 'Z1', value: 1, formula: `=${'('.repeat(3_000)}1${')'.repeat(3_000)}` }]),
    },
    // Text search over 2,000 cells in each of 4,000 formulas: 8M by the cost estimate (under its 20M), about
    // 15 s of engine time, which HyperFormula cannot cache as it caches SUMIFS criteria.
    {
      name: 'CPU bomb',
      expect: 'over_time_budget',
      snapshot: withCells(
        solved,
        rows(4_000, (r) => [
          ...(r <= 2_000 ? [{ address: `M${r}`, value: `item ${r % 97} text` }] : []),
          { address: `J${r}`, value: 0, formula: `=SUMPRODUCT(ISNUMBER(SEARCH("${r % 97} t",$M$1:$M$2000))*1)` },
        ]),
      ),
    },
    {
      name: 'cost bomb',
      expect: 'over_cost_estimate',
      snapshot: withCells(
        solved,
        rows(400, (r) => [{ address: `J${r}`, value: 0, formula: '=SUMPRODUCT(K1:K40000,L1:L40000)' }]),
      ),
    },
    {
      name: 'memory bomb',
      expect: 'over_cost_estimate',
      snapshot: withCells(solved, [{ address: 'Z2', value: 0, formula: `=SUMPRODUCT(A1:ZZ40000*${'A1:ZZ40000*'.repeat(200)}1)` }]),
    },
  ];
}
