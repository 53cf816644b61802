/** The i18n layer every component speaks through: `const { t } = useI18n()`. */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { translate, type MessageKey } from '../../shared/i18n/messages';
import type { UiLanguage } from '../../shared/model';

export interface I18n {
  language: UiLanguage;
  dir: 'rtl' | 'ltr';
  t(key: MessageKey, params?: Record<string, string | number>): string;
}

const I18nContext = createContext<I18n>({ language: 'en', dir: 'ltr', t: (key, params) => translate('en', key, params) });

export function I18nProvider({ language, children }: { language: UiLanguage; children: ReactNode }) {
  const value = useMemo<I18n>(
    () => ({ language, dir: language === 'ar' ? 'rtl' : 'ltr', t: (key, params) => translate(language, key, params) }),
    [language],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
