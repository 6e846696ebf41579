import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { DASHBOARD_CSP, TASK_PANE_CSP } from '../backend/http/framing';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Gathers the static files both runtimes serve from dist/public: on Node through serveStatic, on
 * Workers as static assets. The API reference's script is served from here so /docs works offline.
 */
const require = createRequire(import.meta.url);
const scalarScript = require.resolve('@scalar/api-reference/browser/standalone.js');
const target = 'dist/public/assets/scalar';
await mkdir(target, { recursive: true });
await copyFile(scalarScript, path.join(target, 'standalone.js'));
console.log(`assets: ${target}/standalone.js`);
// Workers serves static assets itself; its _headers file gives the task pane and dashboard the same policies as Node.
await writeFile(
  'dist/public/_headers',
  `/addin/*\n  Content-Security-Policy: ${TASK_PANE_CSP}\n/dashboard/*\n  Content-Security-Policy: ${DASHBOARD_CSP}\n  X-Frame-Options: DENY\n`,
);
console.log('assets: dist/public/_headers');
