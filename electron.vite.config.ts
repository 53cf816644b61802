import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.renderer';

export default defineConfig({
  main: {
    // intl-messageformat ships only as an ES module; bundled, main's CommonJS output never has to require it.
    build: { outDir: 'out/main', externalizeDeps: { exclude: ['intl-messageformat'] } },
  },
  preload: {
    // A sandboxed preload cannot load modules: it must be one CommonJS file with nothing external
    // but 'electron'. The bridge is derived from the host contract, whose schemas are zod's, and it
    // checks event payloads with them: so zod is bundled in, not left to a require().
    build: { outDir: 'out/preload', externalizeDeps: { exclude: ['zod'] } },
  },
  renderer: rendererConfig('out/renderer'),
});
