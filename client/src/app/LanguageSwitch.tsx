import { useI18n, LANGS } from '../i18n/i18n';

export function LanguageSwitch() {
  const { t, lang, setLang } = useI18n();
  return (
    <div className="lang-switch" role="group" aria-label={t('lang.label')}>
      {LANGS.map((l) => (
        <button key={l} type="button" className={`btn btn-small${l === lang ? ' btn-selected' : ''}`} aria-pressed={l === lang} lang={l} onClick={() => setLang(l)}>
          {l === 'id' ? 'Bahasa Indonesia' : 'English'}
        </button>
      ))}
    </div>
  );
}
