import type { SnapshotSheet } from '../../../shared/snapshot';
import { localAddress } from '../addresses';

/** A rule as Excel describes it, flattened to the plain values the snapshot keeps. */
const flatRule = (rule: Record<string, unknown> | null | undefined): Record<string, string | number | boolean | null> => {
  const out: Record<string, string | number | boolean | null> = {};
  for (const [key, value] of Object.entries(rule ?? {})) {
    if (value === undefined) continue;
    out[key] =
      typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null
        ? value
        : JSON.stringify(value);
  }
  return out;
};

/** Asks for each conditional format's range and its rule (cell-value or custom formula; others by type only). */
export function queueConditionalFormats(formats: Excel.ConditionalFormatCollection) {
  return formats.items.map((f) => ({
    f,
    range: f.getRange().load('address'),
    cellValue: f.cellValueOrNullObject.load('rule'),
    custom: f.customOrNullObject.load('rule/formula'),
  }));
}

export function conditionalFormatsOf(queued: ReturnType<typeof queueConditionalFormats>): SnapshotSheet['conditionalFormats'] {
  return queued.map(({ f, range, cellValue, custom }) => ({
    range: localAddress(range.address),
    type: f.type,
    rule: !cellValue.isNullObject
      ? flatRule(cellValue.rule as unknown as Record<string, unknown>)
      : !custom.isNullObject
        ? { formula: custom.rule.formula }
        : {},
  }));
}

/** Asks for the validation of each area of the sheet that has one. */
export function queueDataValidations(validated: Excel.RangeAreas | null) {
  return (validated && !validated.isNullObject ? validated.areas.items : []).map((area) => ({
    area,
    dv: area.dataValidation.load('type,rule'),
  }));
}

export function dataValidationsOf(queued: ReturnType<typeof queueDataValidations>): SnapshotSheet['dataValidations'] {
  return queued.map(({ area, dv }) => {
    const rule = dv.rule as unknown as Record<string, Record<string, unknown> | undefined>;
    const body = Object.values(rule).find((v) => v !== undefined && v !== null);
    return { range: localAddress(area.address), type: dv.type, rule: flatRule(body) };
  });
}
