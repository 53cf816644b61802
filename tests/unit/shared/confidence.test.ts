import { describe, expect, it } from 'vitest';
import { formatConfidence, parseConfidence } from '../../../src/shared/annotation/confidence';

describe('parseConfidence', () => {
  it('reads ASCII, Arabic-Indic and Extended Arabic-Indic digits alike', () => {
    expect(parseConfidence('75')).toEqual({ ok: true, value: 75 });
    expect(parseConfidence('٧٥')).toEqual({ ok: true, value: 75 });
    expect(parseConfidence('۷۵')).toEqual({ ok: true, value: 75 });
    expect(parseConfidence('١٠٠')).toEqual({ ok: true, value: 100 });
    expect(parseConfidence(' 0 ')).toEqual({ ok: true, value: 0 });
    expect(parseConfidence('٧٢٫٥')).toEqual({ ok: true, value: 72.5 });
    expect(parseConfidence('62.5')).toEqual({ ok: true, value: 62.5 });
    expect(parseConfidence('\u200F٦٠٪')).toEqual({ ok: true, value: 60 });
    expect(parseConfidence('80 %')).toEqual({ ok: true, value: 80 });
  });

  it('clears the confidence when the field is emptied', () => {
    expect(parseConfidence('')).toEqual({ ok: true, value: null });
    expect(parseConfidence('   ')).toEqual({ ok: true, value: null });
  });

  it('refuses values outside 0–100 instead of clamping them', () => {
    for (const input of ['101', '-1', '−5', '١٥٠', '100.5', '-0.1']) expect(parseConfidence(input)).toEqual({ ok: false, reason: 'out-of-range' });
  });

  it('refuses what is not a number', () => {
    for (const input of ['abc', '7o', '1e2', '٧ ٥', '.', '5-', 'NaN', 'Infinity', '0x10']) expect(parseConfidence(input)).toEqual({ ok: false, reason: 'not-a-number' });
  });

  it('shows a stored value as it parses back', () => {
    for (const value of [null, 0, 75, 62.5, 100]) expect(parseConfidence(formatConfidence(value))).toEqual({ ok: true, value });
  });
});
