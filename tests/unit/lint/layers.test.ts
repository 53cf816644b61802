/**
 * The layering rule (eslint.layers.mjs) is an ESLint configuration: a typo in a glob or a regular
 * expression would make it pass everything, silently. These tests run the project's own ESLint
 * configuration on small sources placed (by path) inside each layer, and check what it refuses.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');

// Only the layering rule runs, so the sources need no type information (the type-checked rules,
// which would, are filtered out) and the probe files need not exist.
const eslint = new ESLint({
  cwd: ROOT,
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
});

/** The messages of the imports in `source` refused, were it the file at `path`. */
async function refused(path: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: join(ROOT, path) });
  const messages = result!.messages;
  const other = messages.filter((m) => m.ruleId !== 'no-restricted-imports');
  expect(other, `${path}: ${other.map((m) => m.message).join('; ')}`).toEqual([]);
  return messages.map((m) => m.message);
}

const allowed = async (path: string, source: string) => expect(await refused(path, source), `${path}: ${source}`).toEqual([]);
const forbidden = async (path: string, source: string) => expect(await refused(path, source), `${path}: ${source}`).toHaveLength(1);

// Loading the configuration (typescript-eslint and the plugins) takes seconds on a busy machine.
describe('the layering rule', { timeout: 60_000 }, () => {
  it('keeps src/shared to itself and to pure packages', async () => {
    await allowed('src/shared/text/probe.ts', "import { z } from 'zod';\nimport { foldArabic } from '../arabic/normalize';\nexport { z, foldArabic };");
    await forbidden('src/shared/probe.ts', "import { useUi } from '../renderer/state/store';\nexport { useUi };");
    await forbidden('src/shared/text/probe.ts', "import { useUi } from '../../renderer/state/store';\nexport { useUi };");
    await forbidden('src/shared/report/probe.ts', "import { start } from '../../main/index';\nexport { start };");
    for (const module of ['react', 'electron', 'dexie', 'node:fs', 'fs', 'path', 'lexical']) {
      await forbidden('src/shared/text/probe.ts', `import * as m from '${module}';\nexport { m };`);
    }
  });

  it('keeps main and preload away from the renderer, and the renderer away from them', async () => {
    await forbidden('src/main/probe.ts', "import { useUi } from '../renderer/state/store';\nexport { useUi };");
    await forbidden('src/preload/probe.ts', "import type { Host } from '../renderer/host/currentHost';\nexport type { Host };");
    await allowed('src/main/probe.ts', "import { app } from 'electron';\nimport { IPC } from '../shared/host';\nexport { app, IPC };");
    await forbidden('src/renderer/features/library/probe.ts', "import { start } from '../../../main/index';\nexport { start };");
    await forbidden('src/renderer/host/probe.ts', "import { bridge } from '../../preload/bridge';\nexport { bridge };");
  });

  it('keeps the command line to src/shared and Node, away from Electron, the database and the app', async () => {
    await allowed('src/cli/probe.ts', "import { readFile } from 'node:fs/promises';\nimport { exportData } from '../shared/interchange/exportData';\nexport { readFile, exportData };");
    await forbidden('src/cli/probe.ts', "import { appDatabase } from '../renderer/db/database';\nexport { appDatabase };");
    await forbidden('src/cli/probe.ts', "import { start } from '../main/index';\nexport { start };");
    await forbidden('src/cli/probe.ts', "import { app } from 'electron';\nexport { app };");
    await forbidden('src/cli/probe.ts', "import Dexie from 'dexie';\nexport { Dexie };");
  });

  it('allows electron only in main and preload, and Node modules nowhere in the renderer', async () => {
    await allowed('src/preload/probe.ts', "import { contextBridge } from 'electron';\nexport { contextBridge };");
    await forbidden('src/renderer/host/probe.ts', "import { ipcRenderer } from 'electron';\nexport { ipcRenderer };");
    await forbidden('src/renderer/features/export/probe.ts', "import { readFile } from 'node:fs/promises';\nexport { readFile };");
  });

  it('allows Dexie only in src/renderer/db, in every folder of the renderer', async () => {
    const folders = readdirSync(join(ROOT, 'src/renderer'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(folders.map((f) => f.name)).toContain('db');
    for (const { name } of folders) {
      const check = name === 'db' ? allowed : forbidden;
      await check(`src/renderer/${name}/probe.ts`, "import Dexie from 'dexie';\nexport { Dexie };");
      await check(`src/renderer/${name}/probe.ts`, "import { useLiveQuery } from 'dexie-react-hooks';\nexport { useLiveQuery };");
    }
    await forbidden('src/renderer/probe.ts', "import Dexie from 'dexie';\nexport { Dexie };");
    await forbidden('src/main/probe.ts', "import Dexie from 'dexie';\nexport { Dexie };");
  });

  it('lets the renderer import only downwards: app → features → editor → ui → state, db, host', async () => {
    const order = ['app', 'features/annotate', 'editor', 'ui', 'state', 'db', 'host'];
    const rank = (dir: string) => ['app', 'features/annotate', 'editor', 'ui'].indexOf(dir) + 1 || 5;
    const target: Record<string, string> = {
      app: 'app/App',
      'features/annotate': 'features/annotate/PickList',
      editor: 'editor/NoteEditor',
      ui: 'ui/i18n',
      state: 'state/store',
      db: 'db/live',
      host: 'host/currentHost',
    };
    for (const from of order) {
      const up = '../'.repeat(from.split('/').length);
      for (const to of order) {
        if (from === to) continue;
        const source = `import * as m from '${up}${target[to]}';\nexport { m };`;
        const check = rank(to) < rank(from) ? forbidden : allowed;
        await check(`src/renderer/${from}/probe.ts`, source);
      }
    }
    // The entry points sit above every layer.
    await allowed('src/renderer/probe.ts', "import { App } from './app/App';\nexport { App };");
  });
});
