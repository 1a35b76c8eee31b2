/**
 * LanguageTool's rule parameters (`enabledRules`, `disabledRules`,
 * `enabledCategories`, `disabledCategories`, `enabledOnly`) as Tiankong
 * settings, laid over the server's configuration. Ids the server does not
 * know are ignored, as LanguageTool ignores them: clients send their own
 * lists of LanguageTool rule ids (LTeX's disabled rules, say) to any server.
 */
import { enabledRules } from '../core/analyze.js';
import type { Rule } from '../core/rule.js';
import type { AnalyzerSettings, RuleSetting } from '../core/settings.js';
import type { CheckRequest } from './check-parameters.js';

type RuleSelection = Pick<
  CheckRequest,
  'enabledRules' | 'disabledRules' | 'enabledCategories' | 'disabledCategories' | 'enabledOnly'
>;

/**
 * The settings for one request. Without rule parameters they are the
 * configuration's, unchanged, so the server finds what `tiankong lint` finds.
 * A rule is named by its id or an old id; a category by its id in the
 * response (`GAP`, `RESIDUE`…). An enabled rule keeps its configured
 * severity, or gets its default one if the configuration turned it off; a
 * disabled rule or category wins over an enabled one.
 */
export function selectRules(settings: AnalyzerSettings, selection: RuleSelection, ruleSet: readonly Rule[]): AnalyzerSettings {
  const { enabledRules: enabledIds, disabledRules: disabledIds, enabledCategories, disabledCategories } = selection;
  if (enabledIds.length + disabledIds.length + enabledCategories.length + disabledCategories.length === 0) return settings;
  const configured = new Map(enabledRules(ruleSet, settings).map(({ rule, severity }) => [rule, severity]));
  const rules: Record<string, RuleSetting> = {};
  for (const rule of ruleSet) {
    const { id, deprecatedIds = [], category, defaultSeverity } = rule.meta;
    const named = (ids: readonly string[]) => ids.includes(id) || deprecatedIds.some((oldId) => ids.includes(oldId));
    const categoryId = category.toUpperCase();
    const enabled = named(enabledIds) || enabledCategories.includes(categoryId);
    const disabled = named(disabledIds) || disabledCategories.includes(categoryId);
    const severity = configured.get(rule);
    if (disabled || (selection.enabledOnly && !enabled)) rules[id] = 'off';
    else if (enabled) rules[id] = severity ?? defaultSeverity;
    else rules[id] = severity ?? 'off';
  }
  return { ...settings, rules };
}
