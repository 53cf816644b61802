import { describe, expect, it } from 'vitest';
import { cleanLabel, labelKey, tagLabelsProblem } from '../../../src/shared/annotation/tagLabels';
import { defaultTags } from '../../../src/shared/annotation/tagSet';

const tags = defaultTags();
const place = tags.find((t) => t.id === 'place')!;

describe('tag labels', () => {
  it('compares labels after Arabic folding, spaces and case', () => {
    expect(labelKey('  Date /   TIME ')).toBe('date / time');
    expect(labelKey('مَكَان')).toBe(labelKey('مكان'));
    expect(labelKey('مكـــان')).toBe(labelKey('مكان'));
    expect(labelKey('إدارة')).toBe(labelKey('اداره'));
    expect(labelKey('ﻣﻜﺎﻥ')).toBe(labelKey('مكان')); // presentation forms, as some PDFs paste them
    expect(labelKey('Straße')).toBe(labelKey('STRASSE'));
    expect(labelKey('ـــً')).toBe('');
  });

  it('refuses a label that is another tag’s, in either language, whatever its spelling', () => {
    for (const [labelEn, labelAr] of [
      ['place', ''],
      ['  PLACE ', 'موقع'],
      ['', 'مَكان'],
      ['', 'مكـان'],
      ['Site', ' مكان '],
      ['مكان', ''], // an English label that is another tag's Arabic one
    ]) {
      expect(tagLabelsProblem({ labelEn: labelEn!, labelAr: labelAr! }, tags), `${labelEn}|${labelAr}`).toMatchObject({ problem: 'duplicate', clash: { id: 'place' } });
    }
    expect(tagLabelsProblem({ labelEn: 'Weapon', labelAr: 'شخص' }, tags)).toEqual({ problem: 'duplicate', field: 'labelAr', clash: tags[0], label: 'شخص' });
  });

  it('accepts a tag’s own labels, new labels, and one blank label when the other remains', () => {
    expect(tagLabelsProblem({ labelEn: 'Place', labelAr: 'مكان' }, tags, 'place')).toBeNull();
    expect(tagLabelsProblem({ labelEn: 'PLACES', labelAr: '' }, tags, 'place')).toBeNull();
    expect(tagLabelsProblem({ labelEn: 'Weapon', labelAr: 'سلاح' }, tags)).toBeNull();
    expect(tagLabelsProblem({ labelEn: '', labelAr: 'سلاح' }, tags)).toBeNull();
    // A removed tag's name is free again.
    expect(
      tagLabelsProblem(
        { labelEn: 'Place', labelAr: '' },
        tags.map((t) => (t.id === 'place' ? { ...t, deletedAt: 1, deletedBy: 'x' } : t)),
      ),
    ).toBeNull();
  });

  it('refuses a tag with no label at all, spaces and tatweel counting as nothing', () => {
    expect(tagLabelsProblem({ labelEn: '', labelAr: '' }, tags)).toEqual({ problem: 'empty' });
    expect(tagLabelsProblem({ labelEn: '   ', labelAr: 'ـــ' }, tags)).toEqual({ problem: 'empty' });
    expect(tagLabelsProblem({ labelEn: ' ', labelAr: '' }, tags, place.id)).toEqual({ problem: 'empty' });
  });

  it('stores a label with its spaces trimmed and collapsed', () => {
    expect(cleanLabel('  Date   /\ttime ')).toBe('Date / time');
  });
});
