import type { Finding } from '../core/finding.js';

/** A finding on a correct document, with the document it was found in. */
export type FalseAlarm = Finding & { doc: string };

export interface FalseAlarmTally {
  /** Characters (UTF-16 code units) analysed. */
  characters: number;
  total: number;
  byRule: Map<string, FalseAlarm[]>;
}

/**
 * On documents known to be correct, every error or warning finding counts as
 * a false alarm (info is a style hint and is not counted, as in the gold's
 * precision). The rate is per 10,000 characters, the unit the goals use.
 */
export function tallyFalseAlarms(findingsByDoc: ReadonlyMap<string, readonly Finding[]>, characters: number): FalseAlarmTally {
  const byRule = new Map<string, FalseAlarm[]>();
  let total = 0;
  for (const [doc, findings] of findingsByDoc) {
    for (const finding of findings) {
      if (finding.severity === 'info') continue;
      total++;
      const alarms = byRule.get(finding.rule) ?? [];
      alarms.push({ ...finding, doc });
      byRule.set(finding.rule, alarms);
    }
  }
  return { characters, total, byRule };
}

export function ratePerTenThousand(count: number, characters: number): number {
  return characters ? (count * 10_000) / characters : 0;
}

/**
 * The alarms of one rule grouped by what they flag (message id and text), most
 * frequent first: the group at the top is the class of false alarm that costs
 * the most, and one example of it in context is enough to see why.
 */
export function groupAlarms(alarms: readonly FalseAlarm[]): Array<{ key: string; count: number; example: FalseAlarm }> {
  const groups = new Map<string, { key: string; count: number; example: FalseAlarm }>();
  for (const alarm of alarms) {
    const key = `${alarm.messageId} ${JSON.stringify(alarm.text)}`;
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { key, count: 1, example: alarm });
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}
