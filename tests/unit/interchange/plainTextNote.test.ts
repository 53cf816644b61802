import { describe, expect, it } from 'vitest';
import { noteToHtml, noteToPlainText, plainTextToNote } from '../../../src/shared/interchange/plainTextNote';

describe('notes across formats', () => {
  it('round-trips plain text lines through a Lexical state', () => {
    const state = plainTextToNote('سطر أول\nsecond <b>line</b>');
    expect((JSON.parse(state!) as { root: { children: unknown[] } }).root.children).toHaveLength(2);
    expect(noteToPlainText(state)).toBe('سطر أول\nsecond <b>line</b>');
  });
  it('escapes markup in HTML and gives null for blank text', () => {
    expect(noteToHtml(plainTextToNote('<script>x</script>'))).not.toContain('<script');
    expect(plainTextToNote('  \n ')).toBeNull();
    expect(noteToPlainText(null)).toBe('');
  });
});
