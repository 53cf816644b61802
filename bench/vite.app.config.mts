/**
 * The app's own renderer build (vite.renderer.ts, the config `npm run build` uses), written into
 * bench/.work instead of out/: the e2e tests serve out/renderer, and a bench run must not swap
 * the files under a test run that is going on at the same time.
 *
 * ISNAD_BENCH_PROFILE=1 makes an unminified build with source maps, so CPU profiles name the
 * app's functions and their source files.
 */
import { defineConfig, mergeConfig } from 'vite';
import { rendererConfig } from '../vite.renderer';

const profile = process.env['ISNAD_BENCH_PROFILE'] === '1';

export default defineConfig(
  mergeConfig(rendererConfig(profile ? 'bench/.work/renderer-profile' : 'bench/.work/renderer'), {
    logLevel: 'warn',
    build: profile ? { minify: false, sourcemap: true } : {},
  }),
);
