import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The recruiters' dashboard: built into dist/public/dashboard, served at /dashboard/ on Node and Workers. */
export default defineConfig({
  root: 'backend/dashboard',
  base: '/dashboard/',
  plugins: [react()],
  build: { outDir: '../../dist/public/dashboard', emptyOutDir: true, manifest: true, sourcemap: false, chunkSizeWarningLimit: 1500 },
});
