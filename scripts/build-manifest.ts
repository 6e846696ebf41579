import { mkdir, writeFile } from 'node:fs/promises';
import { deploymentBase, MANIFEST_DEV_BASE, manifestFor } from '../backend/pages/manifest';

/** `npm run build:manifest`: writes dist/manifest.xml for the deployment at ADDIN_URL (or PUBLIC_URL), HTTPS only. */
let base: string;
try {
  base = deploymentBase(process.env.ADDIN_URL || process.env.PUBLIC_URL || MANIFEST_DEV_BASE);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(2);
}
await mkdir('dist', { recursive: true });
await writeFile('dist/manifest.xml', manifestFor(base));
process.stdout.write(`dist/manifest.xml points at ${base}\n`);
