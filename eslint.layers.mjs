/**
 * The layering rule, as ESLint's no-restricted-imports: one block per layer, listing everything
 * that layer may not import. The blocks' `files` do not overlap, because
 * a later block's options for the same rule would replace an earlier one's, not add to them.
 *
 *   src/shared    imports nothing of ours outside shared, and only the pure packages below
 *   src/main, src/preload    never src/renderer
 *   src/renderer  never src/main or src/preload, never electron or Node's modules, and one way down:
 *                 app → features → editor → ui → state, db, host → shared
 *   src/cli       the command line (Node): src/shared only, never main, preload, renderer or electron
 *   dexie         only in src/renderer/db; electron only in src/main and src/preload
 *
 * Paths are matched as written in the import: a relative path reaches another layer by naming its
 * folder, so "a path through ../features/" is "an import of features".
 */
import { builtinModules } from 'node:module';

/** The packages shared code may use: pure JavaScript that runs in main, the window and a worker alike. */
export const SHARED_PACKAGES = ['@xmldom/xmldom', 'approx-string-match', 'docx', 'fflate', 'intl-messageformat', 'minisearch', 'zod'];

/** The renderer's layers, highest first; each may import the ones after it, never one before it. */
export const RENDERER_LAYERS = [
  { name: 'app', dirs: ['app'] },
  { name: 'features', dirs: ['features'] },
  { name: 'editor', dirs: ['editor'] },
  { name: 'ui', dirs: ['ui'] },
  { name: 'state, db, host', dirs: ['state', 'db', 'host'] },
];

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (names) => names.map(escape).join('|');
const SOURCE = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.js', '**/*.mjs'];
const inDir = (dir) => SOURCE.map((glob) => `${dir}/${glob}`);

const DEXIE = [
  { name: 'dexie', message: 'Dexie is used only in src/renderer/db: go through a repository or a live-query hook there.' },
  { name: 'dexie-react-hooks', message: 'Live queries live in src/renderer/db/live.ts: add a hook there.' },
];
const ELECTRON = { name: 'electron', message: 'Electron is imported only by src/main and src/preload; the renderer talks to main through its host (src/renderer/host).' };
const NODE_MODULES = {
  regex: `^(?:node:|(?:${anyOf(builtinModules)})(?:/|$))`,
  message: "The renderer does not run in Node: no Node modules here (main's work goes through the host contract).",
};

/** A relative import whose path goes through one of `dirs` (as a folder, not a file of that name). */
const through = (dirs) => `^\\.{1,2}/(?:.*/)?(?:${anyOf(dirs)})/`;

const restrict = (files, paths, patterns) => ({ files, rules: { 'no-restricted-imports': ['error', { paths, patterns }] } });

/**
 * src/shared, one block per folder depth: from `src/shared/a/b.ts`, a path with three `../` leaves
 * shared whatever it names next.
 */
function sharedBlocks() {
  const packagesOnly = {
    regex: `^(?!\\.|(?:${anyOf(SHARED_PACKAGES)})(?:/|$))`,
    message: `src/shared runs in main, the window and workers alike: no DOM, Node, Electron, React or Dexie. It may import only shared modules and ${SHARED_PACKAGES.join(', ')} (SHARED_PACKAGES in eslint.layers.mjs).`,
  };
  return [0, 1, 2, 3].map((depth) => {
    const files = ['ts', 'tsx'].map((ext) => `src/shared/${'*/'.repeat(depth)}*.${ext}`);
    const leaves = { regex: `^(?:\\.\\./){${depth + 1}}`, message: 'src/shared imports nothing of ours outside src/shared.' };
    return restrict(files, [], [packagesOnly, leaves]);
  });
}

function rendererBlocks() {
  const outside = { regex: through(['main', 'preload']), message: 'The renderer never imports src/main or src/preload: they run in another process (see src/shared/host.ts).' };
  const base = (dexie) => ({ paths: [ELECTRON, ...(dexie ? DEXIE : [])], patterns: [NODE_MODULES, outside] });
  const blocks = [];
  RENDERER_LAYERS.forEach((layer, rank) => {
    const higher = RENDERER_LAYERS.slice(0, rank);
    const upward = higher.length
      ? [
          {
            regex: through(higher.flatMap((l) => l.dirs)),
            message: `The renderer's layers go one way down (app → features → editor → ui → state, db, host → shared): ${layer.name} may not import ${higher.map((l) => l.name).join(' or ')}.`,
          },
        ]
      : [];
    for (const dir of layer.dirs) {
      const { paths, patterns } = base(dir !== 'db');
      blocks.push(restrict(inDir(`src/renderer/${dir}`), paths, [...patterns, ...upward]));
    }
  });
  // The entry points (main.tsx, printPage.ts) sit above app and may import any layer.
  const { paths, patterns } = base(true);
  blocks.push(
    restrict(
      SOURCE.map((glob) => `src/renderer/${glob.replace('**/', '')}`),
      paths,
      patterns,
    ),
  );
  return blocks;
}

function processBlocks() {
  const renderer = { regex: through(['renderer']), message: 'Main and preload never import the renderer: they share only src/shared (the host contract).' };
  return ['main', 'preload'].map((dir) => restrict(inDir(`src/${dir}`), DEXIE, [renderer]));
}

/** The command line runs the shared functions in plain Node: no Electron, no browser, no database. */
function cliBlocks() {
  const others = { regex: through(['renderer', 'main', 'preload']), message: 'The command line uses src/shared only: it runs in Node without Electron or a browser.' };
  return [restrict(inDir('src/cli'), [ELECTRON, ...DEXIE], [others])];
}

export const layerBlocks = [...sharedBlocks(), ...rendererBlocks(), ...processBlocks(), ...cliBlocks()];
