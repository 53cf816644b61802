/** The one renderer build, used by electron-vite (desktop) and by `npm run web` (browser). */
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import type { Plugin, UserConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from './src/shared/contentSecurityPolicy';

/**
 * Production builds carry the CSP as a meta tag too, so the web twin and file:// loads are covered.
 * `frame-ancestors` is dropped there: browsers ignore it in a meta tag (main sends it as a header).
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'isnad-csp-meta',
    apply: 'build',
    // print.html (the web twin's print window) carries its own policy: reports need inline styles.
    transformIndexHtml: (_html, context) =>
      context.filename.endsWith('print.html')
        ? []
        : [
            {
              tag: 'meta',
              attrs: {
                'http-equiv': 'Content-Security-Policy',
                content: CONTENT_SECURITY_POLICY.split('; ')
                  .filter((d) => !d.startsWith('frame-ancestors'))
                  .join('; '),
              },
              injectTo: 'head-prepend',
            },
          ],
  };
}

export function rendererConfig(outDir: string): UserConfig {
  return {
    root: resolve(__dirname, 'src/renderer'),
    base: './',
    plugins: [react(), contentSecurityPolicyMeta()],
    build: {
      outDir: resolve(__dirname, outDir),
      emptyOutDir: true,
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html'), print: resolve(__dirname, 'src/renderer/print.html') } },
    },
  };
}
