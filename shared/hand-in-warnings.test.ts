import { describe, expect, it } from 'vitest';
import { handInWarnings } from './hand-in-warnings';
import type { WorkbookSnapshot } from './snapshot';
import type { TaskPublic } from './task';

const task = (over: Partial<TaskPublic> = {}): TaskPublic => ({
  id: 'price-lookup',
  title: 'Look up prices',
  skill: 'lookups',
  difficulty: 1,
  instructions: 'Fill C2:C4 with each product’s price.',
  timeLimitSeconds: 600,
  starter: { sheets: [{ name: 'Orders', rows: [['Product', 'Qty', 'Price']] }] },
  answer: { kind: 'range', sheet: 'Orders', range: 'C2:C4', description: 'Prices', allowElsewhere: false },
  formulasAsked: true,
  ...over,
});

const workbook = (cells: WorkbookSnapshot['sheets'][number]['cells'], sheet = 'Orders'): WorkbookSnapshot =>
  ({ sheets: [{ name: sheet, cells }] }) as unknown as WorkbookSnapshot;

describe('the warnings before a hand-in', () => {
  it('says the sheet was never set up when none of the task’s sheets is in the workbook', () => {
    expect(handInWarnings(task(), workbook([], 'Sheet1'))).toEqual([expect.stringContaining('never set up')]);
  });

  it('says the answer area is empty, naming it', () => {
    expect(handInWarnings(task(), workbook([{ address: 'A1', value: 'Product' }]))).toEqual(['The answer area (Orders!C2:C4) is empty.']);
  });

  it('says typed values are there where the task asks for formulas', () => {
    expect(handInWarnings(task(), workbook([{ address: 'C2', value: 4.5 }]))).toEqual([expect.stringContaining('typed values')]);
  });

  it('says nothing of typed values when the task does not ask for formulas', () => {
    expect(handInWarnings(task({ formulasAsked: false }), workbook([{ address: 'C2', value: 4.5 }]))).toEqual([]);
  });

  it('is silent on a formula in the answer area, right or wrong', () => {
    expect(handInWarnings(task(), workbook([{ address: 'C2', value: 0, formula: '=1-1' }]))).toEqual([]);
  });

  it('tells the candidate they may still hand in when the answer may sit elsewhere', () => {
    const open = task({ answer: { kind: 'range', sheet: 'Orders', range: 'C2:C4', description: 'Prices', allowElsewhere: true } });
    expect(handInWarnings(open, workbook([]))[0]).toContain('you can still hand in');
  });
});
