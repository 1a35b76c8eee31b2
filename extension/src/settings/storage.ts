import { browser } from 'wxt/browser';
import { type ExtensionSettings, parseStoredSettings, SETTINGS_STORAGE_KEY } from './settings.js';

export async function loadSettings(): Promise<ExtensionSettings> {
  const stored = await browser.storage.local.get(SETTINGS_STORAGE_KEY);
  return parseStoredSettings(stored[SETTINGS_STORAGE_KEY]);
}

export async function saveSettings(settings: ExtensionSettings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_STORAGE_KEY]: settings });
}

export async function updateSettings(change: (settings: ExtensionSettings) => ExtensionSettings): Promise<ExtensionSettings> {
  const next = change(await loadSettings());
  await saveSettings(next);
  return next;
}

/** Calls `listener` whenever the settings change, from any page of the extension. Returns the unsubscribe function. */
export function onSettingsChanged(listener: (settings: ExtensionSettings) => void): () => void {
  const handle = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_STORAGE_KEY in changes)
      listener(parseStoredSettings(changes[SETTINGS_STORAGE_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}
