import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../src/shared/entity/entity';
import { completeEntities } from '../../../src/shared/entity/entityCompletion';
import { aliasKey, withAlias, withAliases, withoutAlias } from '../../../src/shared/entity/entityAliases';
import { inSentence } from '../../../src/shared/entity/mentionSentence';
import { entityListRows, type EntityListQuery } from '../../../src/shared/entity/entityListOrder';

const entity = (id: string, name: string, type: EntityType, aliases: string[] = []) => ({ id, name, type, aliases });

const PUTIN = entity('putin', 'فلاديمير بوتين', 'person', ['بوتين', 'الرئيس الروسي']);
const XI = entity('xi', 'شي جين بينغ', 'person', ['شي جين بينج', 'شي جينغ بين']);
const CHINA = entity('china', 'الصين', 'place');
const RUSSIA = entity('russia', 'روسيا', 'place');
const BEIJING = entity('beijing', 'بكين', 'place');
const KREMLIN = entity('kremlin', 'الكرملين', 'organisation');
const ALL = [PUTIN, XI, CHINA, RUSSIA, BEIJING, KREMLIN];

const ids = (query: string, options = {}) => completeEntities(ALL, query, options).map((m) => m.entity.id);

describe('completeEntities', () => {
  it('finds a name by the beginning of any of its words, canonical name or alias', () => {
    expect(ids('بوت')).toEqual(['putin']);
    expect(ids('فلا')).toEqual(['putin']);
    expect(ids('الرئيس')).toEqual(['putin']);
    expect(ids('بين')).toEqual(['xi']);
    expect(ids('زيد')).toEqual([]);
  });

  it('ignores diacritics, tatweel, alef forms, ة/ه and ى/ي in what is typed and in the names', () => {
    expect(ids('بُوتِين')).toEqual(['putin']);
    expect(ids('بـوتـين')).toEqual(['putin']);
    expect(completeEntities([entity('e', 'إيران', 'place')], 'ايران')).toHaveLength(1);
    expect(completeEntities([entity('e', 'موسكو', 'place', ['مدينة موسكى'])], 'مدينه موسكي')).toHaveLength(1);
  });

  it('reads the proclitics off a typed word: لبوتين, والصين, ببكين, للصين, وروسيا', () => {
    expect(ids('لبوتين')).toEqual(['putin']);
    expect(ids('والصين')).toEqual(['china']);
    expect(ids('ببكين')).toEqual(['beijing']);
    expect(ids('للصين')).toEqual(['china']);
    expect(ids('وروسيا')).toEqual(['russia']);
  });

  it('matches a name’s word without its article: صين finds الصين, كرم finds الكرملين', () => {
    expect(ids('صين')).toEqual(['china']);
    expect(ids('كرم')).toEqual(['kremlin']);
  });

  it('finds every spelling of one person: شي جين بينغ, شي جين بينج, شي جينغ بين', () => {
    expect(completeEntities(ALL, 'شي جينغ بين')[0]).toMatchObject({ entity: { id: 'xi' }, matched: 'شي جينغ بين', quality: 0 });
    expect(completeEntities(ALL, 'شي جين بينج')[0]).toMatchObject({ entity: { id: 'xi' }, matched: 'شي جين بينج', quality: 0 });
  });

  it('puts the whole name first, then a name’s beginning, then words in any order', () => {
    const names = [entity('a', 'بوتين', 'person'), entity('b', 'بوتينا', 'person'), entity('c', 'يوم بوتين', 'event')];
    expect(completeEntities(names, 'بوتين').map((m) => [m.entity.id, m.quality])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ]);
    expect(completeEntities([PUTIN], 'بوتين فلاديمير')[0]?.quality).toBe(2);
  });

  it('among equal matches: the mention’s type first, the canonical name before an alias, then the more mentioned', () => {
    const pair = [entity('place', 'موسكو', 'place'), entity('org', 'موسكو', 'organisation')];
    expect(completeEntities(pair, 'موسكو', { type: 'organisation' }).map((m) => m.entity.id)).toEqual(['org', 'place']);
    const aliasOrName = [entity('alias', 'روسيا الاتحادية', 'place', ['روسيا']), entity('name', 'روسيا', 'place')];
    expect(completeEntities(aliasOrName, 'روسيا').map((m) => m.entity.id)).toEqual(['name', 'alias']);
    const twins = [entity('few', 'بكين', 'place'), entity('many', 'بكين', 'place')];
    expect(completeEntities(twins, 'بك', { mentions: new Map([['many', 9]]) }).map((m) => m.entity.id)).toEqual(['many', 'few']);
  });

  it('lists everything for an empty query, and stops at the limit', () => {
    expect(ids('')).toHaveLength(ALL.length);
    expect(ids('', { limit: 2 })).toHaveLength(2);
  });
});

describe('aliases', () => {
  it('adds a spelling only when no name or alias folds to it', () => {
    expect(withAlias(PUTIN, 'بُوتِين')).toBe(PUTIN.aliases);
    expect(withAlias(PUTIN, 'فلاديمير   بوتين')).toBe(PUTIN.aliases);
    expect(withAlias(PUTIN, 'بوتن')).toEqual([...PUTIN.aliases, 'بوتن']);
    expect(withAlias(PUTIN, '  ')).toBe(PUTIN.aliases);
    expect(withAliases({ name: 'الصين', aliases: [] }, ['الصّين', 'الصين', 'جمهورية الصين'])).toEqual(['جمهورية الصين']);
    expect(withoutAlias(['بوتين', 'بُوتين', 'بوتن'], 'بوتين')).toEqual(['بوتن']);
    expect(aliasKey(' إيران ')).toBe('ايران');
  });
});

describe('inSentence', () => {
  const TEXT = 'العنوان\nوصل الرئيس الروسي إلى الصين. ثم التقى شي جين بينغ في بكين.';
  it('gives the mention within its sentence, marked', () => {
    const at = TEXT.indexOf('الصين');
    expect(inSentence(TEXT, at, at + 5)).toEqual({ before: 'وصل الرئيس الروسي إلى ', marked: 'الصين', after: '.' });
    const xi = TEXT.indexOf('شي');
    expect(inSentence(TEXT, xi, xi + 'شي جين بينغ'.length)).toEqual({ before: 'ثم التقى ', marked: 'شي جين بينغ', after: ' في بكين.' });
  });

  it('cuts a very long sentence around the mention', () => {
    const long = `${'كلمة '.repeat(100)}بوتين ${'كلمة '.repeat(100)}`;
    const at = long.indexOf('بوتين');
    const shown = inSentence(long, at, at + 5);
    expect(shown.before.startsWith('…')).toBe(true);
    expect(shown.after.endsWith('…')).toBe(true);
    expect(shown.before.length).toBeLessThan(200);
  });
});

describe('entityListRows', () => {
  const rows = [
    { entity: PUTIN, mentions: 12, articles: 5 },
    { entity: XI, mentions: 9, articles: 5 },
    { entity: CHINA, mentions: 30, articles: 5 },
    { entity: KREMLIN, mentions: 2, articles: 1 },
  ];
  const label = (type: string) => ({ person: 'Person', place: 'Place', organisation: 'Organisation', event: 'Event' })[type]!;
  const list = (query: Partial<EntityListQuery>) => entityListRows(rows, { filter: '', type: 'all', sort: 'name', descending: false, ...query }, label).map((r) => r.entity.id);

  it('sorts by name, type, mentions or articles, either way, ties by name', () => {
    expect(list({})).toEqual(['china', 'kremlin', 'xi', 'putin']);
    expect(list({ sort: 'mentions', descending: true })).toEqual(['china', 'putin', 'xi', 'kremlin']);
    expect(list({ sort: 'articles', descending: true })).toEqual(['china', 'putin', 'xi', 'kremlin']);
    expect(list({ sort: 'type' })).toEqual(['kremlin', 'xi', 'putin', 'china']);
    expect(list({ sort: 'name', descending: true })).toEqual(['putin', 'xi', 'kremlin', 'china']);
  });

  it('filters by type and by text: folded, any alias, a clitic aside, or anywhere in a name', () => {
    expect(list({ type: 'person' })).toEqual(['xi', 'putin']);
    expect(list({ filter: 'بينج' })).toEqual(['xi']);
    expect(list({ filter: 'والصين' })).toEqual(['china']);
    expect(list({ filter: 'رملين' })).toEqual(['kremlin']);
    expect(list({ filter: 'الرئيس', type: 'place' })).toEqual([]);
  });
});
