import type { WorkbookSnapshot } from '../../../shared/snapshot';

/** One piece of text the candidate put in the workbook, and where: a cell's address or a named object. */
export interface WorkbookText {
  sheet: string;
  place: string;
  text: string;
}

const stringLiterals = (formula: string): string[] => formula.match(/"(?:[^"]|"")*"/g) ?? [];

/**
 * Every text in a hand-in that a reviewer (a person or a model) may read: cell values and the strings inside
 * formulas, and the names the candidate gave things: sheets, tables and their headers, pivot fields, chart
 * titles and series, validation lists and rules, defined names. One list, so the integrity scan and the
 * review prompt see the same text.
 */
export function workbookTexts(snapshot: WorkbookSnapshot): WorkbookText[] {
  const texts: WorkbookText[] = [];
  const add = (sheet: string, place: string, ...values: (string | null | undefined)[]) => {
    for (const text of values) if (text) texts.push({ sheet, place, text });
  };
  for (const sheet of snapshot.sheets) {
    const on = sheet.name;
    add(on, 'sheet name', sheet.name);
    for (const cell of sheet.cells)
      add(on, cell.address, typeof cell.value === 'string' ? cell.value : null, ...stringLiterals(cell.formula ?? ''));
    for (const table of sheet.tables) {
      add(on, `table ${table.name}`, table.name);
      add(on, `table ${table.name} header`, ...table.headers);
    }
    for (const pivot of sheet.pivotTables) {
      add(on, `PivotTable ${pivot.name}`, pivot.name);
      add(on, `PivotTable ${pivot.name} field`, ...pivot.rows, ...pivot.columns, ...pivot.filters);
      add(on, `PivotTable ${pivot.name} value`, ...pivot.values.flatMap((v) => [v.name, v.field]));
    }
    for (const chart of sheet.charts) {
      add(on, `chart ${chart.name}`, chart.name);
      add(on, `chart ${chart.name} title`, chart.title);
      add(on, `chart ${chart.name} series`, ...chart.series.map((s) => s.name));
    }
    for (const [kind, rules] of [
      ['data validation', sheet.dataValidations],
      ['conditional format', sheet.conditionalFormats],
    ] as const) {
      for (const rule of rules) {
        add(on, `${kind} at ${rule.range}`, ...Object.values(rule.rule).filter((v): v is string => typeof v === 'string'));
      }
    }
  }
  for (const name of snapshot.names) {
    add('', `defined name ${name.name}`, name.name, ...stringLiterals(name.formula));
  }
  return texts;
}
