import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The task pane: built into dist/public/addin, served by the backend at /addin/ on Node and Workers. */
export default defineConfig({
  root: 'addin',
  base: '/addin/',
  plugins: [react()],
  build: { outDir: '../dist/public/addin', emptyOutDir: true, manifest: true, sourcemap: false },
});
