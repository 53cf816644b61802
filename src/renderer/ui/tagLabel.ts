import type { TagDefinition } from '../../shared/annotation/tagSet';

/** The tag's name in the interface language, falling back to its other name (an analyst may give only one). */
export const tagLabel = (tag: TagDefinition | undefined, language: 'en' | 'ar') => (tag ? (language === 'ar' ? tag.labelAr || tag.labelEn : tag.labelEn || tag.labelAr) : '?');
