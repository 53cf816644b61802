import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.renderer';

export default defineConfig({
  main: {
    // intl-messageformat ships only as an ES module; bundled, main's CommonJS output never has to require it.
    build: { outDir: 'out/main', externalizeDeps: { exclude: ['intl-messageformat'] } },
  },
  preload: {
    // A sandboxed preload cannot load modules: it must be one CommonJS file with nothing external
    // but 'electron'. It imports only zod-free constants from shared/host.ts.
    build: { outDir: 'out/preload' },
  },
  renderer: rendererConfig('out/renderer'),
});
