import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { LAYERS } from '../eslint.config.js';

/**
 * The rules `npm run lint` breaks on, applied to code as if it were in `filePath`. The code is not part of a
 * TypeScript project, so the type-aware rules are left out; every other rule is the real configuration.
 */
const eslint = new ESLint({ overrideConfig: tseslint.configs.disableTypeChecked });
async function lint(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('the written import rules, as lint checks them', () => {
  const scratch: string[] = [];
  afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('refuses a database library in scoring/', async () => {
    expect(await lint("import postgres from 'postgres';\nexport const x = postgres;\n", 'backend/scoring/checks/example.ts')).toContain(
      'no-restricted-imports',
    );
  });

  it('refuses a Node module in shared/', async () => {
    expect(await lint("import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", 'shared/example.ts')).toContain(
      'no-restricted-imports',
    );
  });

  it('refuses our database code in scoring/', async () => {
    expect(
      await lint("import { connect } from '../../db/client';\nexport const x = connect;\n", 'backend/scoring/checks/example.ts'),
    ).toContain('boundaries/dependencies');
  });

  it('refuses an HTTP import in shared/', async () => {
    expect(await lint("import { AppError } from '../backend/http/errors';\nexport const x = AppError;\n", 'shared/example.ts')).toContain(
      'boundaries/dependencies',
    );
  });

  it('refuses a type-only import against the table, so no folder cycle can come back through types', async () => {
    const code = "import type { InterviewRecord } from '../interview/interview-record';\nexport type X = InterviewRecord;\n";
    expect(await lint(code, 'backend/db/example.ts')).toContain('boundaries/dependencies');
    expect(await lint(code, 'backend/recruiting/example.ts')).not.toContain('boundaries/dependencies');
  });

  it('refuses a backend import in the dashboard and the task pane, which reach the server over HTTP only', async () => {
    expect(
      await lint("import { loadTask } from '../../tasks/store';\nexport const x = loadTask;\n", 'backend/dashboard/src/example.ts'),
    ).toContain('boundaries/dependencies');
    expect(
      await lint("import { loadTask } from '../../backend/tasks/store';\nexport const x = loadTask;\n", 'addin/src/example.ts'),
    ).toContain('boundaries/dependencies');
  });

  it('refuses an import cycle between two files of one folder', async () => {
    const dir = mkdtempSync(path.join('backend', 'tasks', 'lint-cycle-'));
    scratch.push(dir);
    writeFileSync(path.join(dir, 'a.ts'), "import { b } from './b';\nexport const a = () => b;\n");
    writeFileSync(path.join(dir, 'b.ts'), "import { a } from './a';\nexport const b = () => a;\n");
    expect(await lint("import { b } from './b';\nexport const a = () => b;\n", path.join(dir, 'a.ts'))).toContain('import-x/no-cycle');
  });

  it('refuses the Office global outside addin/excel/, and allows it there', async () => {
    const code = 'export const ready = () => Office.onReady();\n';
    expect(await lint(code, 'addin/src/example.ts')).toContain('no-restricted-globals');
    expect(await lint(code, 'addin/excel/example.ts')).not.toContain('no-restricted-globals');
  });

  it("applies Office.js's own rules in addin/excel/: a property read before it is loaded", async () => {
    const code =
      'export async function read(context: Excel.RequestContext) {\n  const range = context.workbook.getSelectedRange();\n  await context.sync();\n  return range.values;\n}\n';
    expect(await lint(code, 'addin/excel/example.ts')).toContain('office-addins/load-object-before-read');
  });

  it('names every folder of backend/ in the table, so no folder is outside the rules', () => {
    const folders = readdirSync('backend', { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.filter((f) => !(f in LAYERS))).toEqual([]);
  });
});
