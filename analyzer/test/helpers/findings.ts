import type { Finding } from '../../src/index.js';

/**
 * A hand-made finding at `offset`..`offset + length` on line 1, for tests of
 * code that consumes findings (the scorer, the fixer) without running a rule:
 * only the fields a test overrides matter.
 */
export function findingAt(offset: number, length: number, overrides: Partial<Finding> = {}): Finding {
  return {
    rule: 'some-rule',
    severity: 'error',
    offset,
    length,
    line: 1,
    column: offset + 1,
    text: '',
    message: '',
    replacements: [],
    messageId: 'x',
    category: 'gap',
    ...overrides,
  };
}
