import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { report } from './report';

/** Our own JavaScript a built app loads before its first paint (the entry chunk and its static imports), gzipped. */
async function firstPaintBytes(configFile: string, dir: string): Promise<number> {
  await build({ configFile, logLevel: 'silent' });
  const manifest = JSON.parse(await readFile(path.join(dir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    { file: string; imports?: string[]; isEntry?: boolean }
  >;
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const dep of manifest[key]?.imports ?? []) visit(dep);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  let bytes = 0;
  for (const key of seen) bytes += gzipSync(await readFile(path.join(dir, manifest[key]!.file)), { level: 9 }).length;
  return bytes;
}

/**
 * `addin.first_paint_js_gz_kb` (Office.js comes from Microsoft's CDN and is not counted) and
 * `dashboard.first_paint_js_gz_kb` (pages past the first, and the charts, load when opened).
 */
export async function bundleSizeBench(): Promise<void> {
  report('addin.first_paint_js_gz_kb', (await firstPaintBytes('vite.addin.config.ts', 'dist/public/addin')) / 1024, 'kB');
  report('dashboard.first_paint_js_gz_kb', (await firstPaintBytes('vite.dashboard.config.ts', 'dist/public/dashboard')) / 1024, 'kB');
}
