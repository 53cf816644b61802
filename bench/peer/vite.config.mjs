/** The peer page's own build (never part of the app's): bench/peer → bench/.work/peer. */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'error',
  build: { outDir: fileURLToPath(new URL('../.work/peer', import.meta.url)), emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
