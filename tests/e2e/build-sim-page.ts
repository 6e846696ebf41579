import react from '@vitejs/plugin-react';
import { build } from 'vite';

/** Builds the task pane on the simulated Excel into `outDir`, as the e2e test serves it. */
export async function buildSimPage(outDir: string): Promise<void> {
  await build({
    root: new URL('./page/', import.meta.url).pathname,
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, sourcemap: false },
  });
}
