/** The bench's own pages (never part of the app's): bench/peer → bench/.work/peer. */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: './',
  logLevel: 'error',
  build: {
    outDir: here('../.work/peer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // index.html: the peer library; floor.html: the opening floor, a bare page with no app.
    rollupOptions: { input: { index: here('index.html'), floor: here('floor.html') } },
  },
});
