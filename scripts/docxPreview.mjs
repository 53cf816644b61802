// Renders the DOCX report of the five sample articles (Arabic and English interface, the fixture of
// tests/unit/shared/report/reportDocx.test.ts) to PDF with LibreOffice and to PNG pages, to look at
// what a change did to the Word export:
//   node scripts/docxPreview.mjs [outDir]      (needs soffice and pdftoppm; default outDir /tmp/isnad-docx-preview)
// The DOCX files are the ones that test reads back, kept in outDir, so the look and the assertions share one input.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const outDir = resolve(process.argv[2] ?? '/tmp/isnad-docx-preview');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

execFileSync('npx', ['vitest', 'run', 'tests/unit/shared/report/reportDocx.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, ISNAD_DOCX_PREVIEW: outDir },
});
const docs = readdirSync(outDir).filter((f) => f.endsWith('.docx'));
execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', outDir, ...docs.map((f) => join(outDir, f))], { stdio: 'inherit' });
for (const doc of docs) {
  const name = doc.replace(/\.docx$/, '');
  execFileSync('pdftoppm', ['-r', '60', '-png', join(outDir, `${name}.pdf`), join(outDir, name)]);
}
console.log(
  readdirSync(outDir)
    .filter((f) => f.endsWith('.png'))
    .map((f) => join(outDir, f))
    .join('\n'),
);
