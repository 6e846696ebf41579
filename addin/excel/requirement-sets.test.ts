import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { MANIFEST_MIN_EXCEL_API } from '../../backend/pages/manifest';
import { EXCEL_FEATURES } from './features';

const EXCEL_DIR = path.resolve('addin/excel');
const API_SET = /\[Api set: ExcelApi (\d+\.\d+)\]/;

const newer = (a: string, b: string) => {
  const [am, an] = a.split('.').map(Number) as [number, number];
  const [bm, bn] = b.split('.').map(Number) as [number, number];
  return am !== bm ? am > bm : an > bn;
};

interface Use {
  member: string;
  apiSet: string;
  where: string;
  /** The requirement set of the isSetSupported guard around the use, if there is one. */
  guard: string | null;
}

/** The ExcelApi version a `supported('feature')` guard in the condition of `node` checks, if any. */
function guardOf(node: ts.Node): string | null {
  for (let at: ts.Node | undefined = node; at?.parent; at = at.parent) {
    const parent = at.parent;
    const condition =
      ts.isConditionalExpression(parent) && parent.whenTrue === at
        ? parent.condition
        : ts.isIfStatement(parent) && parent.thenStatement === at
          ? parent.expression
          : ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && parent.right === at
            ? parent.left
            : null;
    const feature = condition ? /supported\('(\w+)'\)/.exec(condition.getText())?.[1] : undefined;
    if (feature && feature in EXCEL_FEATURES) return EXCEL_FEATURES[feature as keyof typeof EXCEL_FEATURES];
  }
  return null;
}

/** Every member of the Excel namespace that addin/excel/ uses, with the requirement set Office's types give it. */
function excelApiUses(): Use[] {
  const program = ts.createProgram(ts.sys.readDirectory(EXCEL_DIR, ['.ts'], ['**/*.test.ts']), {
    strict: true,
    noEmit: true,
    types: ['office-js'],
    target: ts.ScriptTarget.ES2022,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    module: ts.ModuleKind.ESNext,
    allowImportingTsExtensions: true,
  });
  const checker = program.getTypeChecker();
  const uses: Use[] = [];
  for (const file of program.getSourceFiles().filter((f) => f.fileName.startsWith(EXCEL_DIR))) {
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        const declaration = symbol?.declarations?.[0];
        if (declaration?.getSourceFile().fileName.includes('@types/office-js')) {
          const doc = ts
            .getJSDocCommentsAndTags(declaration)
            .map((d) => d.getText())
            .join('\n');
          const apiSet = API_SET.exec(doc)?.[1];
          const owner = checker.getFullyQualifiedName(symbol!);
          if (apiSet && owner.startsWith('Excel.')) {
            const { line } = file.getLineAndCharacterOfPosition(node.getStart());
            uses.push({ member: owner, apiSet, where: `${path.basename(file.fileName)}:${line + 1}`, guard: guardOf(node) });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return uses;
}

describe("the Excel API the add-in uses, against the manifest's minimum", () => {
  const uses = excelApiUses();

  it('finds the members addin/excel/ uses, with their requirement sets from the Office.js types', () => {
    expect(uses.length).toBeGreaterThan(30);
    expect(uses.find((u) => u.member === 'Excel.ChartSeries.getDimensionDataSourceString')).toMatchObject({ apiSet: '1.15' });
  });

  it(`guards with isSetSupported every member above ExcelApi ${MANIFEST_MIN_EXCEL_API}`, () => {
    const unguarded = uses
      .filter((u) => newer(u.apiSet, MANIFEST_MIN_EXCEL_API) && (u.guard === null || newer(u.apiSet, u.guard)))
      .map((u) => `${u.where} ${u.member} needs ExcelApi ${u.apiSet}${u.guard ? `, guarded only for ${u.guard}` : ', unguarded'}`);
    expect(unguarded).toEqual([]);
  });
});
