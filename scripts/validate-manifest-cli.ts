import { readFileSync } from 'node:fs';
import { manifestProblems } from './validate-manifest';

/** `npm run validate:manifest [file]` (default manifest.xml): exits 1 naming each problem's line and element. */
const file = process.argv[2] ?? 'manifest.xml';
let xml: string;
try {
  xml = readFileSync(file, 'utf8');
} catch {
  process.stderr.write(`Cannot read ${file}.\n`);
  process.exit(2);
}
const problems = await manifestProblems(xml, file);
if (problems.length === 0) {
  process.stdout.write(`${file} is a valid add-in manifest (Microsoft's XML schemas, checked offline).\n`);
} else {
  for (const p of problems) process.stderr.write(`${file}:${p.line ?? '?'}: ${p.message}\n`);
  process.exit(1);
}
