import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';

const SCHEMAS = path.join(import.meta.dirname, 'manifest-schemas');
const MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';

export interface ManifestProblem {
  line: number | null;
  message: string;
}

/**
 * Validates a manifest against Microsoft's XML schemas for add-in manifests, offline (the schemas are in
 * scripts/manifest-schemas; `office-addin-manifest validate` would call a Microsoft web service instead).
 * Returns the problems, each with its line and the element it is about; none means valid.
 */
export async function manifestProblems(xml: string, fileName = 'manifest.xml'): Promise<ManifestProblem[]> {
  const others = readdirSync(SCHEMAS).filter((f) => f.endsWith('.xsd') && f !== MAIN_SCHEMA);
  const result = await validateXML({
    xml: [{ fileName, contents: xml }],
    schema: [{ fileName: MAIN_SCHEMA, contents: readFileSync(path.join(SCHEMAS, MAIN_SCHEMA), 'utf8') }],
    preload: others.map((f) => ({ fileName: f, contents: readFileSync(path.join(SCHEMAS, f), 'utf8') })),
  });
  return result.valid ? [] : result.errors.map((e) => ({ line: e.loc?.lineNumber ?? null, message: e.message }));
}
