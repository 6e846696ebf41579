import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuthoringBrief } from '../../shared/authoring';
import type { WorkbookSnapshot } from '../../shared/snapshot';
import { readXlsx } from '../workbook-file/read-xlsx';
import { scoreWorkbook } from '../scoring/score-workbook';
import { allowedFunctions } from './checks';
import { deriveTask, DerivationError } from './derive-task';
import { selfTest } from './self-test';

interface KindLabels {
  author: AuthoringBrief;
  candidates: Record<string, { band: [number, number]; why: string }>;
}
const LABELS = (JSON.parse(readFileSync('tests/fixtures/authoring/labels.json', 'utf8')) as { kinds: Record<string, KindLabels> }).kinds;
const workbook = (kind: string, file: string) => readXlsx(readFileSync(`tests/fixtures/authoring/${kind}/${file}.xlsx`));

describe.each(Object.entries(LABELS).map(([kind, labels]) => ({ kind, labels })))(
  'a task authored from LibreOffice workbooks: $kind',
  ({ kind, labels }) => {
    let starter: WorkbookSnapshot;
    let solved: WorkbookSnapshot;
    beforeAll(async () => {
      [starter, solved] = await Promise.all([workbook(kind, 'starter'), workbook(kind, 'solved')]);
    });

    it('passes every self-test', () => {
      const { task } = deriveTask(starter, solved, labels.author);
      expect(selfTest(task, starter, solved).filter((t) => !t.passed)).toEqual([]);
    });

    it.each(Object.entries(labels.candidates).map(([name, label]) => ({ name, ...label })))(
      'scores the candidate workbook "$name" within its band $band ($why)',
      async ({ name, band }) => {
        const { task } = deriveTask(starter, solved, labels.author);
        const { score } = scoreWorkbook(await workbook(kind, `candidates/${name}`), task);
        expect(score).toBeGreaterThanOrEqual(band[0]);
        expect(score).toBeLessThanOrEqual(band[1]);
      },
    );
  },
);

describe('deriving a task', () => {
  it('offers the usual equivalents of the functions the solution uses', () => {
    expect(allowedFunctions(['=C2*VLOOKUP(B2,Prices!$A$2:$B$7,2,0)']).anyOf).toEqual(
      expect.arrayContaining(['VLOOKUP', 'XLOOKUP', 'INDEX', 'MATCH']),
    );
    expect(allowedFunctions(['=ROUND(B2*C2,2)']).method).toEqual([]);
  });

  it('puts a boundary at the cell the solution compares against, so > and >= are told apart', async () => {
    const { task } = deriveTask(
      await workbook('formula-threshold', 'starter'),
      await workbook('formula-threshold', 'solved'),
      LABELS['formula-threshold']!.author,
    );
    const blocks = task.private.hiddenData!.blocks;
    expect(blocks[0]).toMatchObject({ sheet: 'Team', range: 'F2' });
    expect(blocks[1]!.columns.B).toMatchObject({ kind: 'number', edges: ['Team!F2'] });
  });

  it('makes a lookup column pick its keys from the lookup table, listed first', async () => {
    const { task } = deriveTask(
      await workbook('formula-lookup', 'starter'),
      await workbook('formula-lookup', 'solved'),
      LABELS['formula-lookup']!.author,
    );
    const [prices, orders] = task.private.hiddenData!.blocks;
    expect(prices).toMatchObject({ sheet: 'Prices', range: 'A2:B7', duplicates: false });
    expect(orders!.columns.B).toEqual({ kind: 'pick', from: 'Prices!A2:A7', missingRate: 0 });
  });

  it("asks for a table's name only when the instructions name it", async () => {
    const [starter, solved] = await Promise.all([workbook('table', 'starter'), workbook('table', 'solved')]);
    const plain = deriveTask(starter, solved, { instructions: 'Turn the ledger into a table.' }).task.private.checks[0]!;
    const named = deriveTask(starter, solved, { instructions: 'Turn the data into a table named Ledger.' }).task.private.checks[0]!;
    expect(plain).not.toHaveProperty('name');
    expect(named).toMatchObject({ kind: 'table', name: 'Ledger' });
  });

  it('refuses two workbooks that do not differ, saying what to upload', async () => {
    const starter = await workbook('chart', 'starter');
    expect(() => deriveTask(starter, starter, { instructions: 'Chart it.' })).toThrow(DerivationError);
    expect(() => deriveTask(starter, starter, { instructions: 'Chart it.' })).toThrow(/nothing to grade/);
  });

  it('drafts a follow-up about the candidate’s own formula that names no function', async () => {
    const { task } = deriveTask(
      await workbook('formula-lookup', 'starter'),
      await workbook('formula-lookup', 'solved'),
      LABELS['formula-lookup']!.author,
    );
    const [followUp] = task.private.followUps;
    expect(followUp!.question).toContain('Orders!D2');
    expect(followUp!.question).not.toMatch(/VLOOKUP|XLOOKUP|INDEX/i);
  });

  it('asks a sort task about keeping rows together, and a de-duplication task about what counts as a duplicate', async () => {
    const followUp = async (kind: string) =>
      deriveTask(await workbook(kind, 'starter'), await workbook(kind, 'solved'), LABELS[kind]!.author).task.private.followUps[0]!.question;
    expect(await followUp('sort')).toMatch(/every row stayed together/);
    expect(await followUp('dedupe')).toMatch(/counted as duplicates/);
  });

  it('fails the self-test of a sample that scores outside the band its author wrote', async () => {
    const [starter, solved, typed] = await Promise.all([
      workbook('formula-lookup', 'starter'),
      workbook('formula-lookup', 'solved'),
      workbook('formula-lookup', 'candidates/typed-values'),
    ]);
    const { task } = deriveTask(starter, solved, LABELS['formula-lookup']!.author);
    const [sample] = selfTest(task, starter, solved, [{ name: 'typed', snapshot: typed, band: [0.5, 1] }]).slice(-1);
    expect(sample).toEqual({ name: 'Sample "typed" scores between 50% and 100%', passed: false, detail: '20%' });
  });
});
