import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The rules that `npm run lint` breaks on, applied to a line of code as if it were in `filePath`. */
async function lint(code: string, filePath: string): Promise<string[]> {
  const [result] = await new ESLint().lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('the written import rules, as lint checks them', () => {
  it('refuses a database import in scoring/', async () => {
    expect(await lint("import postgres from 'postgres';\nexport const x = postgres;\n", 'backend/scoring/checks/example.ts')).toContain('no-restricted-imports');
  });

  it('refuses an HTTP import in shared/', async () => {
    expect(await lint("import { AppError } from '../backend/http/errors';\nexport const x = AppError;\n", 'shared/example.ts')).toContain('no-restricted-imports');
  });

  it('refuses the Office global outside addin/excel/, and allows it there', async () => {
    const code = 'export const ready = () => Office.onReady();\n';
    expect(await lint(code, 'addin/src/example.ts')).toContain('no-restricted-globals');
    expect(await lint(code, 'addin/excel/example.ts')).not.toContain('no-restricted-globals');
  });
});
