/**
 * ESLint for the whole project (`npm run lint`, run by `npm test`): typescript-eslint's type-checked
 * rules, React's rules of hooks, jsx-a11y, and the layering rule of eslint.layers.mjs. Each file is
 * typed by the tsconfig.json nearest to it (one per runtime, see tsconfig.base.json).
 */
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layerBlocks } from './eslint.layers.mjs';

export default tseslint.config(
  {
    ignores: ['out/', 'dist/', 'test-results/', 'playwright-report/', 'bench/.work/', 'resources/', 'types/without-node/', '**/*.d.ts', 'tests/fixtures/standards/'],
  },
  js.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Arguments prefixed with _ are unused on purpose (a callback's shape, a test fake's).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Handlers that start work and return nothing are the React and DOM event style: `onClick={() => void save()}`
      // marks the promise as let go on purpose; attributes that expect void may still be given an async function.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // Off: an `async` function without `await` is how the code implements a promise-returning
      // contract (the host's calls, IPC handlers, the tests' fakes) so that a throw becomes a rejection;
      // rewriting them as `Promise.resolve(...)` would turn those rejections into synchronous throws.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['src/renderer/**/*.tsx', 'src/renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // The classic rules of hooks. The React Compiler's rules (react-hooks' newer recommended set) are
      // not on: the app does not use the compiler, and it deliberately keeps the latest props in a ref
      // during render so that bindings made once read fresh values (key repeats outrun renders).
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // Off in tests: they take methods off objects on purpose (to check the bridge exposes functions,
      // to stub IndexedDB's put and put it back), and IndexedDB requests reject with their own
      // `request.error` (a DOMException, typed as possibly null), as the page code under test does.
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/prefer-promise-reject-errors': 'off',
    },
  },
  {
    // Plain JavaScript (the bench, scripts, this file): no types to check against.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The bench and the screenshot script drive a browser: the functions they hand to
    // page.evaluate run in the page, with the browser's globals.
    files: ['bench/**/*.mjs', 'scripts/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  ...layerBlocks,
);
