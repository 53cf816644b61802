import { describe, expect, it } from 'vitest';
import { cliticReadings, stemsOf, writtenProclitics } from '../../../src/shared/arabic/clitics';
import { foldArabic } from '../../../src/shared/arabic/normalize';

const readings = (word: string) => cliticReadings(foldArabic(word)).map((r) => `${r.clitic}+${r.stem}@${r.stemStart}`);

describe('clitic readings', () => {
  it('splits the conjunction, the preposition and the article from the names of the sample corpus', () => {
    expect(readings('وروسيا')).toContain('و+روسيا@1');
    expect(readings('لبوتين')).toContain('ل+بوتين@1');
    expect(readings('ببكين')).toContain('ب+بكين@1');
    expect(readings('والصين')).toContain('و+الصين@1');
    expect(readings('فبالصين')).toContain('فب+الصين@2');
    expect(readings('وبموسكو')).toContain('وب+موسكو@2');
  });

  it('restores the alef the article loses after ل (للصين, وللصين)', () => {
    expect(readings('للصين')).toContain('ل+الصين@1');
    expect(readings('وللصين')).toContain('ول+الصين@2');
  });

  it('keeps the whole word as its first reading and never leaves a stem of one letter', () => {
    expect(readings('بوتين')[0]).toBe('+بوتين@0');
    expect(stemsOf('وب')).toEqual(['وب']);
    expect(stemsOf(foldArabic('الصينية'))).not.toContain('الصين');
  });

  it('writes every proclitic combination once, shortest first, ل + ال as لل', () => {
    const written = writtenProclitics().map((c) => c.written);
    expect(written[0]).toBe('');
    expect(new Set(written).size).toBe(written.length);
    expect(written).toEqual(expect.arrayContaining(['و', 'ال', 'وال', 'بال', 'لل', 'ولل', 'فبال', 'وب', 'كال']));
    expect(written).not.toContain('لال');
    expect(written.map((w) => w.length)).toEqual([...written.map((w) => w.length)].sort((a, b) => a - b));
    expect(
      writtenProclitics()
        .filter((c) => c.endsInLam)
        .map((c) => c.written),
    ).toEqual(['ل', 'ول', 'فل']);
  });
});
