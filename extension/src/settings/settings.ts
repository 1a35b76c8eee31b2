import { z } from 'zod';
import { languageSchema } from '../analysis/finding.js';

/**
 * What the writer chooses on the options page. Kept in `browser.storage.local`
 * only: nothing is synced anywhere.
 */
export const extensionSettingsSchema = z.object({
  /** Language of the messages and of the extension's own words; Chinese by default. */
  language: languageSchema.default('zh'),
  /** Rule ids the writer turned off. */
  disabledRules: z.array(z.string()).default([]),
  /** Host names (e.g. `docs.example.gov.cn`) where the extension stays silent. */
  disabledSites: z.array(z.string()).default([]),
});
export type ExtensionSettings = z.infer<typeof extensionSettingsSchema>;

export const SETTINGS_STORAGE_KEY = 'tiankong:settings';

export const DEFAULT_SETTINGS: ExtensionSettings = extensionSettingsSchema.parse({});

/** Settings read from storage; anything malformed (an older version, a manual edit) falls back to the defaults. */
export function parseStoredSettings(stored: unknown): ExtensionSettings {
  const parsed = extensionSettingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/** The analyzer settings these choices amount to. */
export function toAnalyzerSettings(settings: ExtensionSettings): {
  language: ExtensionSettings['language'];
  rules: Record<string, 'off'>;
} {
  return {
    language: settings.language,
    rules: Object.fromEntries(settings.disabledRules.map((id) => [id, 'off' as const])),
  };
}

/**
 * The disabled rules by their current ids: an id the writer turned off before
 * a rule was split or renamed (punctuation) stands for the rules that record
 * it in `deprecatedIds`, so the options page shows each of them off, and
 * turning one back on leaves the others off. The analyzer reads the old id
 * the same way, so the findings do not change. `rules` is passed in, so the
 * settings stay free of the analyzer.
 */
export function disabledRuleIds(
  settings: Pick<ExtensionSettings, 'disabledRules'>,
  rules: ReadonlyArray<{ meta: { id: string; deprecatedIds?: readonly string[] } }>,
): string[] {
  const ids = settings.disabledRules.flatMap((id) =>
    rules.some((rule) => rule.meta.id === id)
      ? [id]
      : rules.filter((rule) => rule.meta.deprecatedIds?.includes(id)).map((rule) => rule.meta.id),
  );
  return [...new Set(ids)];
}

export function isSiteDisabled(settings: ExtensionSettings, hostname: string): boolean {
  return hostname !== '' && settings.disabledSites.includes(hostname);
}

/** Parses the sites box: one host name per line; full URLs are reduced to their host. */
export function parseSites(value: string): string[] {
  const sites = value
    .split(/\s+/u)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      try {
        return new URL(line.includes('://') ? line : `https://${line}`).hostname;
      } catch {
        return line;
      }
    });
  return [...new Set(sites)];
}
