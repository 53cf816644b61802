/**
 * Launches the built desktop app with Playwright's `_electron` and opens an article. Runs only
 * where the Electron binary is installed; elsewhere it is skipped with the reason printed.
 * (Node-side `require('electron')` would try to download the binary, so we look for it instead.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

const electronDir = join(__dirname, '../../node_modules/electron');

function electronBinary(): { path: string } | { reason: string } {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return { reason: `Electron binary not installed (${pathFile} is missing: its download needs internet)` };
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(binary)) return { reason: `Electron binary not found at ${binary}` };
  return { path: binary };
}

const found = electronBinary();
if ('reason' in found) console.log(`[electron smoke] skipped: ${found.reason}`);

test('the desktop app opens, shows the sample library and an article right-to-left', async () => {
  test.skip('reason' in found, 'reason' in found ? found.reason : '');
  const env = { ...process.env };
  delete env['ELECTRON_RENDERER_URL']; // load the built page from disk, as an installed app does
  const app = await electron.launch({
    executablePath: (found as { path: string }).path,
    args: [join(__dirname, '../../out/main/index.js'), ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    env: env as Record<string, string>,
  });
  try {
    const window = await app.firstWindow();
    await expect(window.locator('.article-item')).toHaveCount(5);
    await window.locator('.article-item').nth(2).click();
    await expect(window.getByTestId('article-root')).toHaveCSS('direction', 'rtl');
    await expect(window.getByTestId('article-root')).toContainText('بوتين');
    // The preload exposes exactly the typed host API.
    const keys = await window.evaluate(() => Object.keys((window as unknown as { isnad: object }).isnad).sort());
    expect(keys).toEqual(['onMenuCommand', 'pickFiles', 'pickFolder', 'readFile', 'setLanguage']);
    expect(await window.evaluate(() => typeof (window as unknown as { process?: unknown }).process)).toBe('undefined');
  } finally {
    await app.close();
  }
});
