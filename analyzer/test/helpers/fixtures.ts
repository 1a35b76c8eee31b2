import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIRECTORY } from '../../src/evaluation/fixture-sets.js';

export { FIXTURES_DIRECTORY, readGoldSpans } from '../../src/evaluation/fixture-sets.js';

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
