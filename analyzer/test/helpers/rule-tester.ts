import { describe, expect, it } from 'vitest';
import { analyze, type Finding, findRule, type Severity } from '../../src/index.js';
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

/** The rule alone (`ruleSet: [rule]`), so a case sees exactly this rule's findings. */
export function runRule(ruleId: string, code: string): Finding[] {
  const rule = findRule(ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const result = analyze(code, { segmenter, ruleSet: [rule] });
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
          const rule = findRule(ruleId)!;
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
