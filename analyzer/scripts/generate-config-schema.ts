/**
 * Writes analyzer/schema/tiankong.config.schema.json from the config's zod
 * schema (`npm run schema -w analyzer`). test/config-schema.test.ts fails
 * when the committed file and the zod schema disagree, e.g. after a rule or
 * a setting was added.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { SCHEMA_FILE } from '../src/cli/commands/init.js';
import { configJsonSchema } from '../src/cli/config.js';

writeFileSync(SCHEMA_FILE, `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
// Formatted the way `biome check` expects, so the lint step stays green.
execFileSync('npx', ['biome', 'format', '--write', SCHEMA_FILE], { stdio: 'inherit' });
console.log(`wrote ${SCHEMA_FILE}`);
