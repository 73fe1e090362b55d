import { useI18n } from '../i18n/i18n-provider.tsx';

export function LanguageSwitch() {
  const { t, lang, setLang } = useI18n();
  return (
    <button
      type="button"
      className="text-button"
      lang={lang === 'vi' ? 'en' : 'vi'}
      onClick={() => {
        setLang(lang === 'vi' ? 'en' : 'vi');
      }}
    >
      {t('app.switchLanguage')}
    </button>
  );
}
