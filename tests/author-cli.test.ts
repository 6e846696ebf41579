import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TaskSpecSchema } from '../shared/task';

const dir = mkdtempSync(path.join(tmpdir(), 'ei-author-'));
const FIXTURES = 'tests/fixtures/authoring';
const author = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'backend/cli/author.ts', ...args], { encoding: 'utf8' });

describe('npm run author', () => {
  it('derives a task in the task format from a starter and a solved workbook and prints its self-tests', () => {
    const out = path.join(dir, 'pivot.json');
    const run = author(
      '--starter',
      `${FIXTURES}/pivot/starter.xlsx`,
      '--solved',
      `${FIXTURES}/pivot/solved.xlsx`,
      '--instructions',
      'Build a PivotTable from Sales!A1:C21 that shows the total Amount for each Region.',
      '--title',
      'Sales by region',
      '--level',
      '2',
      '--out',
      out,
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('sales-by-region: "Sales by region" (pivot-tables, level 2), 1 checks');
    expect(run.stdout).toContain('PASS  The solved workbook scores 100%: 100%');
    expect(run.stdout).toContain('All 2 self-tests passed.');
    const task = TaskSpecSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(task.private.checks[0]).toMatchObject({
      kind: 'pivot-table',
      rows: ['Region'],
      values: [{ field: 'Amount', summarizeBy: 'Sum' }],
    });
  });

  it('exits with 1 when a sample scores outside the band its author wrote for it', () => {
    const run = author(
      '--starter',
      `${FIXTURES}/chart/starter.xlsx`,
      '--solved',
      `${FIXTURES}/chart/solved.xlsx`,
      '--instructions',
      'Chart the monthly revenue as a column chart.',
      '--sample',
      `pie=${FIXTURES}/chart/candidates/pie.xlsx:0.8-1`,
      '--out',
      path.join(dir, 'chart.json'),
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('FAIL  Sample "pie" scores between 80% and 100%: 20%');
  });

  it('exits with 2 and says what to upload when the solved workbook adds nothing', () => {
    const run = author(
      '--starter',
      `${FIXTURES}/table/starter.xlsx`,
      '--solved',
      `${FIXTURES}/table/starter.xlsx`,
      '--instructions',
      'Make a table.',
      '--out',
      path.join(dir, 'x.json'),
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('there is nothing to grade');
  });
});
