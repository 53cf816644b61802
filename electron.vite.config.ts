import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.renderer';

export default defineConfig({
  main: {
    build: { outDir: 'out/main' },
  },
  preload: {
    // A sandboxed preload cannot load modules: it must be one CommonJS file with nothing external
    // but 'electron'. It imports only zod-free constants from shared/host.ts.
    build: { outDir: 'out/preload' },
  },
  renderer: rendererConfig('out/renderer'),
});
