/**
 * The folder the import figure is measured on: 2,000 articles of ~5 KB (10 MB), each a distinct
 * text (distinct SHA-256, so none is skipped as a duplicate), written once and reused.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleText } from './generateArticles.mjs';

export function writeImportFolder(workDir, { files = 2000, bytesEach = 5000 } = {}) {
  const dir = join(workDir, 'import', 'articles');
  const stamp = join(workDir, 'import', 'stamp.json');
  const wanted = JSON.stringify({ files, bytesEach, version: 1 });
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) return { dir, files };
  rmSync(join(workDir, 'import'), { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < files; i++) {
    writeFileSync(join(dir, `${String(i).padStart(4, '0')}.txt`), articleText(bytesEach, 100_000 + i));
  }
  writeFileSync(stamp, wanted);
  return { dir, files };
}
