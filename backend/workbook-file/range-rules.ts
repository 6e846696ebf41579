import type { SnapshotRangeRule } from '../../shared/snapshot';
import { attr, child, children, parseXml, texts, type XmlNode } from './package';

/** Every `<tag …>…</tag>` block of a sheet's XML, found by position so the (possibly large) cell data is never parsed here. */
export function sections(xml: string, tag: string): string[] {
  const out: string[] = [];
  const close = `</${tag}>`;
  for (let at = xml.indexOf(`<${tag}`); at >= 0; at = xml.indexOf(`<${tag}`, at + 1)) {
    const next = xml[at + tag.length + 1];
    if (next !== ' ' && next !== '>' && next !== '/') continue;
    const end = xml.indexOf(close, at);
    if (end < 0) break;
    out.push(xml.slice(at, end + close.length));
    at = end;
  }
  return out;
}

/** `C2:C8 E2:E8` (OOXML's list of areas) as Office.js writes it: `C2:C8,E2:E8`. */
const areas = (sqref: string | undefined) => (sqref ?? '').trim().split(/\s+/).join(',');
const asFormula = (f: string | undefined) => {
  const text = (f ?? '').trim();
  return text === '' ? undefined : `=${text}`;
};

const OPERATORS: Record<string, string> = {
  greaterThan: 'GreaterThan',
  lessThan: 'LessThan',
  greaterThanOrEqual: 'GreaterThanOrEqual',
  lessThanOrEqual: 'LessThanOrEqual',
  equal: 'EqualTo',
  notEqual: 'NotEqualTo',
  between: 'Between',
  notBetween: 'NotBetween',
};

/** OOXML rule types as Office.js names conditional formats (`cellIs` → `CellValue`, `expression` → `Custom`…). */
const CF_TYPES: Record<string, string> = {
  cellIs: 'CellValue',
  expression: 'Custom',
  colorScale: 'ColorScale',
  dataBar: 'DataBar',
  iconSet: 'IconSet',
  top10: 'TopBottom',
  containsText: 'ContainsText',
  notContainsText: 'ContainsText',
  beginsWith: 'ContainsText',
  endsWith: 'ContainsText',
};

const compact = (rule: Record<string, string | boolean | undefined>) =>
  Object.fromEntries(Object.entries(rule).filter(([, v]) => v !== undefined)) as Record<string, string | boolean>;

/** A sheet's conditional formats, one per rule as Office.js lists them: cell-value and formula rules in full, others by type. */
export function readConditionalFormats(sheetXml: string, where: string): SnapshotRangeRule[] {
  return sections(sheetXml, 'conditionalFormatting').flatMap((block) => {
    const cf = child(parseXml(block, where), 'conditionalFormatting');
    if (!cf) return [];
    return children(cf, 'cfRule').map((rule): SnapshotRangeRule => {
      const [first, second] = texts(rule, 'formula');
      const operator = attr(rule, 'operator') ?? '';
      const type = CF_TYPES[attr(rule, 'type') ?? ''] ?? 'PresetCriteria';
      const body =
        type === 'CellValue'
          ? compact({ formula1: asFormula(first), formula2: asFormula(second), operator: OPERATORS[operator] ?? operator })
          : type === 'Custom'
            ? compact({ formula: asFormula(first) })
            : {};
      return { range: areas(attr(cf, 'sqref')), type, rule: body };
    });
  });
}

const DV_TYPES: Record<string, string> = {
  whole: 'WholeNumber',
  decimal: 'Decimal',
  list: 'List',
  date: 'Date',
  time: 'Time',
  textLength: 'TextLength',
  custom: 'Custom',
};

/** A list's source as Office.js gives it: the items typed (`Open,Closed`) or the formula of the cells (`=$H$2:$H$4`). */
function listSource(formula: string): string {
  return /^".*"$/s.test(formula) ? formula.slice(1, -1).replace(/""/g, '"') : `=${formula}`;
}

function validationRule(dv: XmlNode): SnapshotRangeRule | null {
  const kind = attr(dv, 'type') ?? 'none';
  const type = DV_TYPES[kind];
  if (!type) return null;
  // Excel 2010+ keeps some validations in an extension whose formulas sit in `<xm:f>`.
  const formula = (name: string) => (attr(child(dv, name), 'f') ?? texts(dv, name)[0] ?? '').trim();
  const [f1, f2] = [formula('formula1'), formula('formula2')];
  const range = areas(attr(dv, 'sqref'));
  if (kind === 'list')
    return { range, type, rule: { inCellDropDown: !['1', 'true'].includes(attr(dv, 'showDropDown') ?? ''), source: listSource(f1) } };
  if (kind === 'custom') return { range, type, rule: compact({ formula: asFormula(f1) }) };
  const written = attr(dv, 'operator') ?? 'between';
  const operator = OPERATORS[written] ?? written;
  return {
    range,
    type,
    rule: compact({ formula1: asFormula(f1), formula2: operator.endsWith('Between') ? asFormula(f2) : undefined, operator }),
  };
}

/** A sheet's data validations, one per rule with the areas it covers (the classic element and Excel 2010's extension). */
export function readDataValidations(sheetXml: string, where: string): SnapshotRangeRule[] {
  const blocks = [...sections(sheetXml, 'dataValidations'), ...sections(sheetXml, 'x14:dataValidations')];
  return blocks.flatMap((block) =>
    children(child(parseXml(block, where), 'dataValidations'), 'dataValidation').flatMap((dv) => validationRule(dv) ?? []),
  );
}
