/** `npm run web`: serves the built renderer (out/renderer) on localhost; it runs on the web host. */
import { defineConfig } from 'vite';
import { resolve } from 'node:path';

export default defineConfig({
  root: resolve(import.meta.dirname, 'out/renderer'),
  preview: { host: '127.0.0.1', port: Number(process.env['ISNAD_WEB_PORT'] ?? 4178), strictPort: true },
  build: { outDir: resolve(import.meta.dirname, 'out/renderer') },
});
