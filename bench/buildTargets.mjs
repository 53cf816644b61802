/**
 * Builds what the bench serves: the app's renderer (the same vite config `npm run build` uses,
 * see vite.app.config.mts) and the peer page. Both are written under bench/.work, never to out/.
 */
import { build } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export async function buildApp({ profile = false } = {}) {
  // The config file reads this when vite loads it; warnings about its loader are not ours to fix.
  process.env['ISNAD_BENCH_PROFILE'] = profile ? '1' : '0';
  process.env['VITE_CONFIG_NATIVE_IGNORE_WARNING'] = 'true';
  await build({ configFile: here('./vite.app.config.mts'), logLevel: 'error' });
  return here(profile ? './.work/renderer-profile' : './.work/renderer');
}

export async function buildPeer() {
  await build({ configFile: here('./peer/vite.config.mjs'), logLevel: 'error' });
  return here('./.work/peer');
}
