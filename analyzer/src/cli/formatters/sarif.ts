import { createHash } from 'node:crypto';
import type * as Sarif from 'sarif';
import type { Severity } from '../../core/finding.js';
import { RULES } from '../../rules/index.js';
import { createPositionFinder } from '../positions.js';
import type { FileResult, Formatter, ReportedFinding } from '../results.js';
import { pathToUri } from './uri.js';

const LEVELS: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * SARIF 2.1.0, the format code-scanning UIs (GitHub code scanning, Azure
 * DevOps, VS Code's SARIF viewer) read. Columns are UTF-16 code units, as
 * in every other Tiankong output (`columnKind`), and each result also
 * carries the exact `charOffset`/`charLength` into the decoded text.
 */
const sarif: Formatter = (results) => {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.meta.id, index]));
  const artifacts: Sarif.Artifact[] = results.files.map((file) => artifactOf(file));
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'tiankong',
            fullName: '填空 Tiankong',
            version: results.toolVersion,
            semanticVersion: results.toolVersion,
            rules: RULES.map((rule) => ({
              id: rule.meta.id,
              shortDescription: { text: rule.meta.description.en },
              fullDescription: { text: `${rule.meta.description.zh} ${rule.meta.description.en}` },
              defaultConfiguration: { level: LEVELS[rule.meta.defaultSeverity] },
              properties: { category: rule.meta.category, tags: [rule.meta.category], fixable: rule.meta.fixable },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        artifacts,
        results: results.files.flatMap((file, fileIndex) => {
          const positionAt = createPositionFinder(file.text);
          return file.findings.map((finding) =>
            resultOf(finding, file, fileIndex, artifacts[fileIndex]!.location!.uri!, ruleIndex, positionAt),
          );
        }),
        properties: { segmenter: results.backend },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function artifactOf(file: FileResult): Sarif.Artifact {
  const artifact: Sarif.Artifact = {
    location: { uri: pathToUri(file.path) },
    mimeType: file.format === 'docx' ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' : 'text/plain',
  };
  if (file.encoding) artifact.encoding = file.encoding.replace(/-bom$/u, '');
  if (file.format === 'docx')
    artifact.properties = { regionsReferTo: 'text extracted from the Word document, one line per paragraph' };
  return artifact;
}

function resultOf(
  finding: ReportedFinding,
  file: FileResult,
  fileIndex: number,
  uri: string,
  ruleIndex: Map<string, number>,
  positionAt: ReturnType<typeof createPositionFinder>,
): Sarif.Result {
  const end = positionAt(finding.offset + finding.length);
  const region: Sarif.Region = {
    startLine: finding.line,
    startColumn: finding.column,
    endLine: end.line,
    endColumn: end.column,
    charOffset: finding.offset,
    charLength: finding.length,
    snippet: { text: finding.text },
  };
  const result: Sarif.Result = {
    ruleId: finding.rule,
    level: LEVELS[finding.severity],
    message: { text: finding.message },
    locations: [{ physicalLocation: { artifactLocation: { uri, index: fileIndex }, region } }],
    partialFingerprints: { 'tiankongFinding/v1': fingerprint(finding, file.text) },
    properties: { messageId: finding.messageId, category: finding.category },
  };
  const index = ruleIndex.get(finding.rule);
  if (index !== undefined) result.ruleIndex = index;
  if (finding.paragraph !== undefined) result.properties!.paragraph = finding.paragraph;
  const fixes = fixesOf(finding, uri, fileIndex);
  if (fixes.length) result.fixes = fixes;
  return result;
}

/** The safe fix and every suggested replacement, as SARIF fixes a viewer can offer. */
function fixesOf(finding: ReportedFinding, uri: string, fileIndex: number): Sarif.Fix[] {
  const change = (offset: number, length: number, text: string): Sarif.ArtifactChange => ({
    artifactLocation: { uri, index: fileIndex },
    replacements: [{ deletedRegion: { charOffset: offset, charLength: length }, insertedContent: { text } }],
  });
  const fixes: Sarif.Fix[] = [];
  if (finding.fix) {
    fixes.push({
      description: { text: 'safe fix (tiankong lint --fix)' },
      artifactChanges: [change(finding.fix.offset, finding.fix.length, finding.fix.text)],
    });
  }
  for (const replacement of finding.replacements) {
    fixes.push({
      description: { text: `→ ${replacement}` },
      artifactChanges: [change(finding.offset, finding.length, replacement)],
    });
  }
  return fixes;
}

/**
 * Stable across edits elsewhere in the file: the rule, the finding's text
 * and a few characters around it, but not its line number, so a finding
 * that moves down a page is still recognised as the same one.
 */
function fingerprint(finding: ReportedFinding, text: string): string {
  const before = text.slice(Math.max(0, finding.offset - 8), finding.offset);
  const after = text.slice(finding.offset + finding.length, finding.offset + finding.length + 8);
  return createHash('sha256')
    .update(`${finding.rule}\u0000${before}\u0000${finding.text}\u0000${after}`)
    .digest('hex')
    .slice(0, 32);
}

export default sarif;
