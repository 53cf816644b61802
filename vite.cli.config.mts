/**
 * Builds the command line (`npx isnad`, src/cli) for Node 20: one ES module in out/cli, with the
 * format writers split out as the app splits them. Packages stay external — the command line runs
 * inside the project, where node_modules has them.
 */
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  define: { __ISNAD_VERSION__: JSON.stringify(version) },
  build: {
    ssr: 'src/cli/bin.ts',
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { entryFileNames: 'isnad.mjs', format: 'es' } },
  },
});
