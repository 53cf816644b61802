import { defineConfig } from '@playwright/test';

/** Debian's Chromium (CI installs it); Playwright's own browser download is impossible here. */
export const CHROMIUM = process.env['ISNAD_CHROMIUM'] ?? '/usr/bin/chromium';
const PORT = Number(process.env['ISNAD_WEB_PORT'] ?? 4178);

export default defineConfig({
  testDir: './tests',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 820 },
    launchOptions: {
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
    },
  },
  projects: [
    { name: 'web', testDir: './tests/e2e' },
    { name: 'electron', testDir: './tests/electron' },
    // Issue 14's crash tests: Chromium on a persistent profile, SIGKILLed mid-action and relaunched
    // (tests/crash). Their own project so `--project crash` runs them alone; about two minutes.
    { name: 'crash', testDir: './tests/crash', timeout: 150_000 },
  ],
  webServer: {
    // Serves the already built renderer (npm test builds first), exactly what `npm run web` serves.
    command: 'npx vite preview --config vite.web.config.mts',
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
