import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import AjvModule from 'ajv';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, starterConfig } from '../src/cli/commands/init.js';
import {
  CONFIG_FILE_NAME,
  configJsonSchema,
  configSchema,
  createSettingsResolver,
  loadConfigFile,
  stripJsonComments,
} from '../src/cli/config.js';
import { analyzerSettingsSchema, findRule, RULES } from '../src/index.js';
import { cli, lintJson } from './helpers/cli.js';
import { temporaryDirectory, writeFileIn } from './helpers/temporary-files.js';

// ajv is CommonJS with a `default` export; under NodeNext the import is the module object.
const Ajv = AjvModule.default;

async function rulesFound(path: string, extra: string[] = []): Promise<string[]> {
  const { files } = await lintJson([path, ...extra]);
  return files[0]!.findings.map((finding) => finding.rule);
}

const DRAFT = '使规章制度达项，于年月被授予荣誉。';

describe('finding the config file', () => {
  it('uses the nearest tiankong.config.json above each file; files elsewhere get the defaults', async () => {
    const project = temporaryDirectory('config');
    writeFileIn(project, CONFIG_FILE_NAME, JSON.stringify({ rules: { 'blank-number': 'off' } }));
    writeFileIn(project, `reports/2024/${CONFIG_FILE_NAME}`, JSON.stringify({ rules: { 'placeholder-date': 'off' } }));
    const deep = writeFileIn(project, 'drafts/q1/deep/草稿.txt', DRAFT);
    const nearer = writeFileIn(project, 'reports/2024/总结.txt', DRAFT);
    const elsewhere = writeFileIn(temporaryDirectory('config'), '草稿.txt', DRAFT);
    expect(await rulesFound(deep)).toEqual(['placeholder-date']);
    // The nearest config wins outright (configs do not merge): blank-number is back on here.
    expect(await rulesFound(nearer)).toEqual(['blank-number']);
    expect(await rulesFound(elsewhere)).toEqual(['blank-number', 'placeholder-date']);
    const debug = await cli(['lint', deep, '--debug']);
    expect(debug.stderr).toContain(`config ${join(project, CONFIG_FILE_NAME)}`);
  });

  it('--config replaces the search; --rule and --language apply on top', async () => {
    const project = temporaryDirectory('config');
    writeFileIn(project, CONFIG_FILE_NAME, JSON.stringify({ rules: { 'blank-number': 'off' } }));
    const draft = writeFileIn(project, '草稿.txt', DRAFT);
    const explicit = writeFileIn(
      temporaryDirectory('config'),
      'strict.json',
      JSON.stringify({ rules: { 'placeholder-date': 'off' } }),
    );
    expect(await rulesFound(draft, ['--config', explicit])).toEqual(['blank-number']);
    expect(await rulesFound(draft, ['--rule', 'blank-number=warning'])).toEqual(['blank-number', 'placeholder-date']);
    const english = await cli(['lint', draft, '-l', 'en']);
    expect(english.stdout).toContain('The date');
  });

  it('standard input looks for a config from the current directory', () => {
    const project = temporaryDirectory('config');
    writeFileIn(project, CONFIG_FILE_NAME, JSON.stringify({ language: 'en' }));
    const resolveSettings = createSettingsResolver({ cwd: join(project, 'sub') });
    expect(resolveSettings(undefined)).toMatchObject({
      settings: { language: 'en' },
      configPath: join(project, CONFIG_FILE_NAME),
    });
  });

  it('reads comments and trailing commas, as in tsconfig.json', async () => {
    const project = temporaryDirectory('config');
    writeFileIn(
      project,
      CONFIG_FILE_NAME,
      `// house settings
{
  /* messages */ "language": "en",
  "rules": { "blank-number": "off", }, // no numbers in this team's drafts
  "ignore": ["http://example.org/a,]", "/* not a comment */",],
}`,
    );
    expect(loadConfigFile(join(project, CONFIG_FILE_NAME))).toEqual({
      language: 'en',
      rules: { 'blank-number': 'off' },
      ignore: ['http://example.org/a,]', '/* not a comment */'],
    });
    const jsonc = '{"a": "x // y", // z\n"b": [1, 2, /* c */ ],}';
    const stripped = stripJsonComments(jsonc);
    expect(JSON.parse(stripped)).toEqual({ a: 'x // y', b: [1, 2] });
    // Same length, line breaks in place: JSON.parse's error positions still point into the file.
    expect(stripped).toHaveLength(jsonc.length);
    expect(stripped.indexOf('\n')).toBe(jsonc.indexOf('\n'));
  });

  it('applies ignore and placeholderPatterns from the file', async () => {
    const project = temporaryDirectory('config');
    writeFileIn(
      project,
      CONFIG_FILE_NAME,
      JSON.stringify({ ignore: ['达项'], placeholderPatterns: ['【单位名称】', '/〔\\s*〕号/'] }),
    );
    const draft = writeFileIn(project, '通知.txt', '使规章制度达项。【单位名称】印发〔  〕号文件。');
    const run = await cli(['lint', draft, '-f', 'json']);
    const findings = JSON.parse(run.stdout).files[0].findings.filter(
      (finding: { rule: string }) => finding.rule === 'placeholder-name' || finding.rule === 'blank-number',
    );
    expect(findings.map((finding: { rule: string; text: string }) => `${finding.rule}:${finding.text}`)).toEqual([
      'placeholder-name:【单位名称】',
      'placeholder-name:〔  〕号',
    ]);
  });
});

describe('a config written for punctuation, the rule that was split', () => {
  // One slip for each of four rules split from punctuation: empty-pair, doubled-mark, pinyin-gloss, half-width-mark.
  const SLIPS = '请拨打“”热线。;危（wei）险,好';
  const splitRules = async (path: string, extra: string[] = []) =>
    (await rulesFound(path, extra)).filter((rule) => findRule(rule)?.meta.deprecatedIds?.includes('punctuation'));

  it('turns every split rule off, and yields to a setting under a split rule’s own id', async () => {
    const project = temporaryDirectory('config');
    const draft = writeFileIn(project, '草稿.txt', SLIPS);
    expect(await splitRules(draft)).toEqual(['empty-pair', 'doubled-mark', 'half-width-mark', 'pinyin-gloss']);
    writeFileIn(project, CONFIG_FILE_NAME, JSON.stringify({ rules: { punctuation: 'off' } }));
    expect(await splitRules(draft)).toEqual([]);
    writeFileIn(project, CONFIG_FILE_NAME, JSON.stringify({ rules: { punctuation: 'off', 'pinyin-gloss': 'warning' } }));
    expect(await splitRules(draft)).toEqual(['pinyin-gloss']);
    // A --rule flag under the old id reaches every split rule the file leaves to it.
    writeFileIn(project, CONFIG_FILE_NAME, JSON.stringify({ rules: { 'pinyin-gloss': 'error' } }));
    expect(await splitRules(draft, ['--rule', 'punctuation=off'])).toEqual(['pinyin-gloss']);
  });

  it('sets the severity of every split rule', async () => {
    const project = temporaryDirectory('config');
    const draft = writeFileIn(project, '草稿.txt', SLIPS);
    writeFileIn(project, CONFIG_FILE_NAME, JSON.stringify({ rules: { punctuation: 'error' } }));
    const { files } = await lintJson([draft]);
    const severities = files[0]!.findings.map((finding) => `${finding.rule}:${finding.severity}`);
    expect(severities).toEqual(['empty-pair:error', 'doubled-mark:error', 'half-width-mark:error', 'pinyin-gloss:error']);
  });

  it('is valid for the JSON Schema too', () => {
    const validate = new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));
    expect(validate({ rules: { punctuation: 'off', 'empty-pair': 'warning' } }), JSON.stringify(validate.errors)).toBe(true);
    expect(configSchema.safeParse({ rules: { punctuation: { severity: 'info' } } }).success).toBe(true);
  });
});

describe('an invalid config stops the run with exit code 2, naming the key and the allowed values', () => {
  const cases: Array<{ name: string; config: string; messages: string[] }> = [
    {
      name: 'a bad severity',
      config: JSON.stringify({ rules: { 'blank-number': 'loud' } }),
      messages: ['rules.blank-number', '"off", "info", "warning", "error"'],
    },
    {
      name: 'an unknown rule',
      config: JSON.stringify({ rules: { 'no-such-rule': 'off' } }),
      messages: ['rules.no-such-rule: unknown rule "no-such-rule"', `known rules: ${RULES[0]!.meta.id}`],
    },
    {
      name: 'an unknown key',
      config: JSON.stringify({ lang: 'en' }),
      messages: ['lang: unknown key "lang"', 'allowed keys: language, rules, ignore, placeholderPatterns'],
    },
    { name: 'an unknown language', config: JSON.stringify({ language: 'fr' }), messages: ['language:', '"zh"|"en"'] },
    {
      name: 'an invalid regular expression',
      config: JSON.stringify({ placeholderPatterns: ['【单位】', '/([a-z]/'] }),
      messages: ['placeholderPatterns.1: invalid regular expression /([a-z]/'],
    },
    {
      name: 'a pattern that matches nothing at all',
      config: JSON.stringify({ placeholderPatterns: ['/X*/'] }),
      messages: ['placeholderPatterns.0: /X*/ matches the empty text'],
    },
    {
      name: 'a regular expression flag that changes what a match means',
      config: JSON.stringify({ placeholderPatterns: ['/X+/y'] }),
      messages: ['placeholderPatterns.0: flag "y" is not allowed', 'allowed flags: i, m, s, u, v'],
    },
    { name: 'a wrong type', config: JSON.stringify({ ignore: 'XX同志' }), messages: ['ignore: Invalid input: expected array'] },
    { name: 'broken JSON', config: '{ "rules": { "blank-number": "off" }', messages: ['is not valid JSON'] },
  ];

  it.each(cases)('$name', async ({ config, messages }) => {
    const path = writeFileIn(temporaryDirectory('config'), 'tiankong.config.json', config);
    const draft = writeFileIn(dirname(path), 'draft.txt', DRAFT);
    for (const args of [
      ['lint', draft],
      ['lint', draft, '--config', path],
      ['report', draft],
    ]) {
      const run = await cli(args);
      expect(run.exitCode).toBe(2);
      expect(run.stdout).toBe('');
      for (const message of messages) expect(run.stderr).toContain(message);
      expect(run.stderr).not.toMatch(/\n\s+at /u);
    }
  });

  it('a missing --config file', async () => {
    const run = await cli(['lint', '-', '--config', '/no/such/tiankong.json']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('Cannot read config file /no/such/tiankong.json: no such file or directory (ENOENT)');
  });
});

describe('tiankong init', () => {
  it('writes a commented starter config that Tiankong reads and then finds', async () => {
    const project = temporaryDirectory('config');
    const run = await cli(['init', project]);
    expect(run.exitCode).toBe(0);
    const path = join(project, CONFIG_FILE_NAME);
    const text = readFileSync(path, 'utf8');
    expect(text).toMatch(/^\/\/ /u);
    const config = loadConfigFile(path);
    expect(config.rules).toEqual(Object.fromEntries(RULES.map((rule) => [rule.meta.id, rule.meta.defaultSeverity])));
    for (const rule of RULES) expect(text).toContain(rule.meta.description.zh);
    // The $schema reference resolves from the config's directory to the schema this package ships.
    expect(resolve(project, config.$schema!)).toBe(SCHEMA_FILE);
    const draft = writeFileIn(project, 'drafts/草稿.txt', DRAFT);
    const debug = await cli(['lint', draft, '--debug']);
    expect(debug.stderr).toContain(`config ${path}`);
  });

  it('refuses to overwrite without --force', async () => {
    const project = temporaryDirectory('config');
    const path = writeFileIn(project, CONFIG_FILE_NAME, '{}');
    const again = await cli(['init', project]);
    expect(again.exitCode).toBe(2);
    expect(again.stderr).toContain('already exists; use --force');
    expect(readFileSync(path, 'utf8')).toBe('{}');
    expect((await cli(['init', project, '--force'])).exitCode).toBe(0);
    expect(readFileSync(path, 'utf8')).not.toBe('{}');
  });

  it('points $schema at node_modules when Tiankong is installed in the project', () => {
    const project = temporaryDirectory('config');
    writeFileIn(project, 'node_modules/tiankong/schema/tiankong.config.schema.json', '{}');
    mkdirSync(join(project, 'docs'));
    return cli(['init', join(project, 'docs')]).then(() => {
      const config = loadConfigFile(join(project, 'docs', CONFIG_FILE_NAME));
      expect(config.$schema).toBe('../node_modules/tiankong/schema/tiankong.config.schema.json');
    });
  });
});

describe('the JSON Schema for editors', () => {
  const committed = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));

  it('is the one generated from the zod schema (run `npm run schema -w analyzer` after adding a rule or a setting)', () => {
    expect(committed).toEqual(configJsonSchema());
  });

  it('covers every analyzer setting, every rule and its default', () => {
    // The rules' old top-level option keys (meta.optionAliases) are config keys too; the core's settings no longer name them.
    const optionAliases = RULES.flatMap((rule) => Object.keys(rule.meta.optionAliases ?? {}));
    expect(Object.keys(committed.properties).sort()).toEqual(
      ['$schema', ...Object.keys(analyzerSettingsSchema.shape), ...optionAliases].sort(),
    );
    expect(committed.properties.rules.properties['spun-word'].anyOf.at(-1).properties.options.properties).toHaveProperty('words');
    expect(Object.keys(committed.properties.rules.properties)).toEqual(expect.arrayContaining(RULES.map((rule) => rule.meta.id)));
    expect(committed.properties.rules.properties['blank-number'].description).toContain('Default: error');
  });

  it('accepts the starter config and rejects what the zod schema rejects', () => {
    const validate = new Ajv({ strict: false, allErrors: true }).compile(committed);
    const starter = JSON.parse(stripJsonComments(starterConfig('./schema.json')));
    expect(validate(starter), JSON.stringify(validate.errors)).toBe(true);
    expect(configSchema.safeParse(starter).success).toBe(true);
    for (const invalid of [{ rules: { 'blank-number': 'loud' } }, { rules: { 'no-such-rule': 'off' } }, { lang: 'en' }]) {
      expect(validate(invalid)).toBe(false);
      expect(configSchema.safeParse(invalid).success).toBe(false);
    }
  });

  it('ships with the package', () => {
    const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '../package.json'), 'utf8'));
    expect(manifest.files).toContain('schema');
    expect(manifest.exports['./schema/tiankong.config.schema.json']).toBe('./schema/tiankong.config.schema.json');
    expect(existsSync(SCHEMA_FILE)).toBe(true);
  });
});
