import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type GoldSpan, goldSpanSchema } from '../../src/evaluation/score.js';

export const FIXTURES_DIRECTORY = join(import.meta.dirname, '../../../fixtures');

/** Every text fixture: the seeds, the bundled examples and the clean documents. */
export function listFixtures(
  folders: readonly string[] = ['seeds', 'examples', 'clean'],
): Array<{ name: string; path: string; text: string }> {
  return folders.flatMap((folder) =>
    readdirSync(join(FIXTURES_DIRECTORY, folder))
      .filter((file) => file.endsWith('.txt'))
      .sort()
      .map((file) => {
        const path = join(FIXTURES_DIRECTORY, folder, file);
        return { name: `${folder}/${file}`, path, text: readFileSync(path, 'utf8') };
      }),
  );
}

/** The hand-labelled gold spans of a fixture set (`fixtures/gold/<set>.gold.jsonl`), as `npm run eval` reads them. */
export function readGoldSpans(set = 'seeds'): GoldSpan[] {
  return readFileSync(join(FIXTURES_DIRECTORY, 'gold', `${set}.gold.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => goldSpanSchema.parse(JSON.parse(line)));
}
