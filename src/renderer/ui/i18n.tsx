/** The i18n layer every component speaks through: `const { t } = useI18n()`. */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { MessageKey } from '../../shared/i18n/messages';
import { formatNumber, translate, type MessageParams } from '../../shared/i18n/translate';
import type { UiLanguage } from '../../shared/model';

export interface I18n {
  language: UiLanguage;
  dir: 'rtl' | 'ltr';
  // Properties, not methods: components take them out of the object (`const { t } = useI18n()`).
  t: (key: MessageKey, params?: MessageParams) => string;
  /** A number alone, as the interface language writes it (a count inside a phrase goes through `t`). */
  n: (value: number) => string;
}

const i18nFor = (language: UiLanguage): I18n => ({
  language,
  dir: language === 'ar' ? 'rtl' : 'ltr',
  t: (key, params) => translate(language, key, params),
  n: (value) => formatNumber(language, value),
});

const I18nContext = createContext<I18n>(i18nFor('en'));

export function I18nProvider({ language, children }: { language: UiLanguage; children: ReactNode }) {
  const value = useMemo(() => i18nFor(language), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
