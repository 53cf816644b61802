/**
 * The committed schema fixtures (tests/fixtures/schema/vN/database.json) are what the old schema
 * code builds from each era's records, byte for byte in value: a fixture cannot drift from the
 * code that documents it. `ISNAD_WRITE_FIXTURES=1` rewrites them (only ever for a new version:
 * an old version's fixture, once committed, should never change).
 */
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../../fixtures/schema/buildFixture';
import { fixturePath, readFixture } from '../../fixtures/schema/fixtureFile';
import { FIXTURE_VERSIONS } from '../../fixtures/schema/schemaHistory';
import { LONE_SURROGATE } from '../../fixtures/schema/texts';

describe('schema fixtures', () => {
  it.each(FIXTURE_VERSIONS)('v%i is what the schema code of its version stores', async (version) => {
    const built = await buildFixture(version);
    if (process.env.ISNAD_WRITE_FIXTURES === '1') {
      const { format, resolveConfig } = await import('prettier');
      const path = fixturePath(version);
      writeFileSync(path, await format(JSON.stringify(built), { ...(await resolveConfig(path)), parser: 'json' }));
    }
    expect(readFixture(version)).toStrictEqual(built);
    expect(built.idbVersion).toBe(version * 10);
    // Realistic content: Arabic text, characters outside the BMP, every string well formed.
    const json = JSON.stringify(built.tables);
    expect(json).toMatch(/[\u0600-\u06ff]/);
    expect(json).toMatch(/[\uD800-\uDBFF][\uDC00-\uDFFF]/);
    expect(LONE_SURROGATE.test(json)).toBe(false);
  });
});
