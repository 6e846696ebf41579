import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { report } from './report';

/**
 * `addin.first_paint_js_gz_kb`: our own JavaScript the task pane loads before its first paint (the entry
 * chunk and what it imports statically), gzipped. Office.js comes from Microsoft's CDN and is not counted.
 */
export async function addinSizeBench(): Promise<void> {
  await build({ configFile: 'vite.addin.config.ts', logLevel: 'silent' });
  const dir = 'dist/public/addin';
  const manifest = JSON.parse(await readFile(path.join(dir, '.vite/manifest.json'), 'utf8')) as Record<string, { file: string; imports?: string[]; isEntry?: boolean }>;
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const dep of manifest[key]?.imports ?? []) visit(dep);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  let bytes = 0;
  for (const key of seen) bytes += gzipSync(await readFile(path.join(dir, manifest[key]!.file)), { level: 9 }).length;
  report('addin.first_paint_js_gz_kb', bytes / 1024, 'kB');
}
