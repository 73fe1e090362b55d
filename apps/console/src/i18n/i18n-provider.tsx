import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { translate, type Lang, type Translate } from './translate.ts';

interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

interface I18nProviderProps {
  initialLang?: Lang;
  onLangChange?: (lang: Lang) => void;
  children: ReactNode;
}

export function I18nProvider({ initialLang = 'vi', onLangChange, children }: I18nProviderProps) {
  const [lang, setLangState] = useState<Lang>(initialLang);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang: (next) => {
        setLangState(next);
        onLangChange?.(next);
      },
      t: (key, params) => translate(lang, key, params),
    }),
    [lang, onLangChange],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n must be used inside <I18nProvider>');
  return i18n;
}
