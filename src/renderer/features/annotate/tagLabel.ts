import type { TagDefinition } from '../../../shared/annotation/tagSet';

export const tagLabel = (tag: TagDefinition | undefined, language: 'en' | 'ar') => (tag ? (language === 'ar' ? tag.labelAr : tag.labelEn) : '?');
