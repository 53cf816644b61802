// Takes screenshots of the main screens (English and Arabic UI) from the built renderer:
//   npm run build && node scripts/screenshots.mjs [outDir]
// Used for the README and for looking at what a change did to the screen.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';

const outDir = process.argv[2] ?? 'docs';
const port = 4179;
mkdirSync(outDir, { recursive: true });
const server = spawn('npx', ['vite', 'preview', '--config', 'vite.web.config.mts', '--port', String(port)], { stdio: 'ignore', env: { ...process.env, ISNAD_WEB_PORT: String(port) } });
try {
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(url)).ok) break; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  const browser = await chromium.launch({
    executablePath: process.env.ISNAD_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  await page.locator('.article-item[aria-selected="true"]').waitFor();
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `${outDir}/screenshot.png` });
  await page.getByRole('button', { name: 'العربية' }).click();
  await page.locator('html[dir="rtl"]').waitFor();
  await page.locator('.article-item').nth(3).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${outDir}/screenshot-ar.png` });
  await browser.close();
} finally {
  server.kill();
}
