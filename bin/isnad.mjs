#!/usr/bin/env node
// `npx isnad`: loads the command line built by `npm run build` (src/cli → out/cli/isnad.mjs).
import { existsSync } from 'node:fs';

const entry = new URL('../out/cli/isnad.mjs', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('isnad: the command line is not built yet; run `npm run build` in the project first.\n');
  process.exit(2);
}
await import(entry.href);
