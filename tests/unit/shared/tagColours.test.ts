import { describe, expect, it } from 'vitest';
import { defaultTags } from '../../../src/shared/annotation/tagSet';
import { distance, parseHex, tint, type Vision } from '../../../src/shared/colour/colourVision';

const VISIONS: Vision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];
/** The reader paints a tag at 32 % over the paper (editor/highlightPainter.ts). */
const READER_TINT = 0.32;

describe('the default tag colours', () => {
  it('stay apart for colour-blind readers, solid and as highlights (ΔE ≥ 8)', () => {
    const tags = defaultTags();
    const close: string[] = [];
    for (let i = 0; i < tags.length; i++)
      for (let j = i + 1; j < tags.length; j++)
        for (const vision of VISIONS) {
          const solid = distance(parseHex(tags[i]!.color), parseHex(tags[j]!.color), vision);
          const tinted = distance(tint(tags[i]!.color, READER_TINT), tint(tags[j]!.color, READER_TINT), vision);
          if (Math.min(solid, tinted) < 8) close.push(`${tags[i]!.id}/${tags[j]!.id} ${vision}: ${Math.min(solid, tinted).toFixed(1)}`);
        }
    expect(close).toEqual([]);
  });

  it('the simulator tells apart what it should and merges what deuteranopes merge', () => {
    // Pure red and pure green: far apart normally, close for a deuteranope.
    expect(distance(parseHex('#ff0000'), parseHex('#00ff00'), 'normal')).toBeGreaterThan(80);
    expect(distance(parseHex('#cc6600'), parseHex('#669900'), 'deuteranopia')).toBeLessThan(distance(parseHex('#cc6600'), parseHex('#669900'), 'normal') / 2);
    expect(distance(parseHex('#123456'), parseHex('#123456'), 'tritanopia')).toBe(0);
  });
});
