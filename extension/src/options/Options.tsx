import { useEffect, useState } from 'preact/hooks';
import { LANGUAGES, type Language, RULES } from '../analysis/analyzer-core.js';
import { DEFAULT_SETTINGS, disabledRuleIds, type ExtensionSettings, parseSites } from '../settings/settings.js';
import { loadSettings, onSettingsChanged, saveSettings } from '../settings/storage.js';
import { strings } from '../ui/strings.js';

const LANGUAGE_NAMES: Record<Language, string> = { zh: '中文', en: 'English' };

/** Rules on/off, language, sites on/off. Saved to the extension's local storage at once. */
export function Options() {
  const [settings, setSettings] = useState<ExtensionSettings>(DEFAULT_SETTINGS);
  const [sites, setSites] = useState('');
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void loadSettings().then((loaded) => {
      setSettings(loaded);
      setSites(loaded.disabledSites.join('\n'));
    });
    return onSettingsChanged(setSettings);
  }, []);
  const words = strings(settings.language);
  const disabledRules = disabledRuleIds(settings, RULES);
  const save = async (next: ExtensionSettings) => {
    setSettings(next);
    await saveSettings(next);
    setSaved(true);
    setTimeout(() => setSaved(false), 1500);
  };
  return (
    <main>
      <h1>{words.optionsTitle}</h1>
      <h2>{words.language}</h2>
      {LANGUAGES.map((language) => (
        <label key={language}>
          <input
            type="radio"
            name="language"
            value={language}
            checked={settings.language === language}
            onChange={() => void save({ ...settings, language })}
          />
          {LANGUAGE_NAMES[language]}
        </label>
      ))}
      <h2>{words.rules}</h2>
      {RULES.map((rule) => (
        <label key={rule.meta.id}>
          <input
            type="checkbox"
            name="rule"
            value={rule.meta.id}
            checked={!disabledRules.includes(rule.meta.id)}
            onChange={(event) => {
              const enabled = event.currentTarget.checked;
              void save({
                ...settings,
                disabledRules: enabled ? disabledRules.filter((id) => id !== rule.meta.id) : [...disabledRules, rule.meta.id],
              });
            }}
          />
          <span>
            <span class="rule-name">{rule.meta.name[settings.language]}</span> <code class="rule-id">{rule.meta.id}</code>{' '}
            <span class="rule-description">{rule.meta.description[settings.language]}</span>
          </span>
        </label>
      ))}
      <h2>{words.sites}</h2>
      <p class="hint">{words.sitesHint}</p>
      <textarea name="sites" value={sites} onInput={(event) => setSites(event.currentTarget.value)} />
      <button type="button" class="primary" onClick={() => void save({ ...settings, disabledSites: parseSites(sites) })}>
        {words.save}
      </button>
      {saved && <span role="status"> {words.saved}</span>}
      <footer>{words.storageNote}</footer>
    </main>
  );
}
