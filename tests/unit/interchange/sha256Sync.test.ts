import { describe, expect, it } from 'vitest';
import { sha256HexSync } from '../../../src/shared/interchange/qdpx/sha256Sync';
import { sha256Hex } from '../../../src/shared/text/hash';

describe('sha256HexSync', () => {
  it('matches FIPS 180-4’s examples and WebCrypto on inputs around the block boundaries, Arabic and emoji', async () => {
    expect(sha256HexSync('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256HexSync('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256HexSync('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
    for (const n of [1, 54, 55, 56, 57, 63, 64, 65, 119, 120, 200, 1000]) {
      const text = 'قال 📰 x'.repeat(n).slice(0, n);
      expect(sha256HexSync(text)).toBe(await sha256Hex(text));
    }
  });
});
