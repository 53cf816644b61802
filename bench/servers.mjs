/**
 * Static servers for the built pages (vite preview, as `npm run web` serves the app), in this
 * process so they end with it. Ports 4190+ keep clear of the e2e tests' 4178.
 */
import { preview } from 'vite';

export async function serveStatic(root, port) {
  const server = await preview({
    configFile: false,
    root,
    logLevel: 'error',
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
    build: { outDir: root },
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.httpServer.close(() => resolve())),
  };
}
