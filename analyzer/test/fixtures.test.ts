import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { listFixtures } from './helpers/fixtures.js';
import { segmenter } from './helpers/segmenters.js';

describe('whole-document findings', () => {
  for (const fixture of listFixtures(['seeds', 'examples'])) {
    it(`match the snapshot for ${fixture.name}`, async () => {
      const findings = analyze(fixture.text, { segmenter }).findings.map(
        (finding) =>
          `${finding.line}:${finding.column} ${finding.severity} ${finding.rule}/${finding.messageId} ${JSON.stringify(finding.text)}`,
      );
      await expect(findings.join('\n') + '\n').toMatchFileSnapshot(
        `__snapshots__/fixtures/${fixture.name.replace('/', '__')}.findings`,
      );
    });
  }

  for (const fixture of listFixtures(['clean'])) {
    it(`report nothing of error or warning severity in the clean document ${fixture.name}`, () => {
      const findings = analyze(fixture.text, { segmenter }).findings.filter((finding) => finding.severity !== 'info');
      expect(findings.map((finding) => `${finding.rule} ${finding.text}`)).toEqual([]);
    });
  }
});
