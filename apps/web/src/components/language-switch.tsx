// Switches the interface between Khmer and English; each language is named in its own script.
import { useTranslation } from 'react-i18next';
import { chooseLanguage, currentLanguage, languageOwnNames, languages } from '../lib/i18n';

export function LanguageSwitch() {
  // Subscribing to translations re-renders the switch when the language changes.
  const { t } = useTranslation();
  const current = currentLanguage();
  return (
    <div role="group" aria-label={t('language.label')} className="language-switch">
      {languages.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={language === current}
          onClick={() => chooseLanguage(language)}
        >
          {languageOwnNames[language]}
        </button>
      ))}
    </div>
  );
}
