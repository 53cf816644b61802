/**
 * Independent readers for exported files: poppler's pdftotext/pdffonts for PDFs, the unzip
 * command and xmldom for DOCX, LibreOffice for "does Writer open it". None shares code with the
 * exporters, so a wrong export cannot be read back as right.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser, type Document as XmlDocument } from '@xmldom/xmldom';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** pdffonts' table: one row per font with whether it is embedded. */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((l) => l.trim());
  return lines.map((line) => {
    const cols = line.trim().split(/\s+/);
    // name type… encoding emb sub uni object ID: emb is the fifth column from the end.
    return { name: cols[0]!, embedded: cols[cols.length - 5] === 'yes' };
  });
}

export function docxPart(file: string, part: string): string {
  return execFileSync('unzip', ['-p', file, part], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

export function parseXml(xml: string): XmlDocument {
  return new DOMParser().parseFromString(xml, 'text/xml');
}

/** Converts a DOCX with LibreOffice Writer (headless) and returns the PDF's path. */
export function libreOfficeToPdf(file: string): string {
  const out = mkdtempSync(join(tmpdir(), 'isnad-lo-'));
  const profile = mkdtempSync(join(tmpdir(), 'isnad-lo-profile-'));
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, file], { stdio: 'pipe', timeout: 180_000 });
  const pdf = readdirSync(out).find((f) => f.endsWith('.pdf'));
  if (!pdf) throw new Error(`LibreOffice made no PDF of ${file}`);
  return join(out, pdf);
}
