import { describe, expect, it } from 'vitest';
import { analyze, type Finding, RULES, type RuleSetting, type Severity } from '../../src/index.js';
import { segmenter } from './segmenters.js';

export interface ExpectedFinding {
  /** The reported text; its offset is found as the nth occurrence (`occurrence`, default 1). */
  text: string;
  occurrence?: number;
  messageId: string;
  severity?: Severity;
}

export interface InvalidCase {
  code: string;
  findings: ExpectedFinding[];
  description?: string;
}

/** Every other rule off, so a case sees exactly this rule's findings. */
export function runRule(ruleId: string, code: string): Finding[] {
  const rules: Record<string, RuleSetting> = Object.fromEntries(
    RULES.map((rule) => [rule.meta.id, rule.meta.id === ruleId ? rule.meta.defaultSeverity : 'off']),
  );
  const result = analyze(code, { segmenter, rules });
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}

function offsetOf(code: string, text: string, occurrence: number): number {
  let offset = -1;
  for (let seen = 0; seen < occurrence; seen++) {
    offset = code.indexOf(text, offset + 1);
    if (offset < 0) throw new Error(`"${text}" occurs fewer than ${occurrence} times in the test case`);
  }
  return offset;
}

/**
 * ESLint-style RuleTester: `valid` cases must produce no finding of the rule;
 * `invalid` cases must produce exactly the listed findings, at exact offsets.
 */
export function testRule(ruleId: string, cases: { valid: string[]; invalid: InvalidCase[] }): void {
  describe(ruleId, () => {
    describe('valid', () => {
      for (const code of cases.valid) {
        it(code, () => {
          expect(runRule(ruleId, code).map((finding) => `${finding.text}@${finding.offset}`)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const testCase of cases.invalid) {
        it(testCase.description ?? testCase.code, () => {
          const actual = runRule(ruleId, testCase.code).map((finding) => ({
            offset: finding.offset,
            length: finding.length,
            messageId: finding.messageId,
            severity: finding.severity,
          }));
          const rule = RULES.find((candidate) => candidate.meta.id === ruleId)!;
          const expected = testCase.findings.map((finding) => ({
            offset: offsetOf(testCase.code, finding.text, finding.occurrence ?? 1),
            length: finding.text.length,
            messageId: finding.messageId,
            severity: finding.severity ?? rule.meta.defaultSeverity,
          }));
          expect(actual).toEqual(expected);
        });
      }
    });
  });
}
