import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { MANIFEST_DEV_BASE, rebaseManifest } from './manifest-url';

/** `npm run build:manifest`: writes dist/manifest.xml for the deployment in ADDIN_URL (or PUBLIC_URL). */
const base = process.env.ADDIN_URL || process.env.PUBLIC_URL || MANIFEST_DEV_BASE;
const xml = rebaseManifest(await readFile('manifest.xml', 'utf8'), base);
await mkdir('dist', { recursive: true });
await writeFile('dist/manifest.xml', xml);
console.log(`dist/manifest.xml points at ${base}`);
