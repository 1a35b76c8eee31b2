/**
 * `tiankong serve` over real HTTP on loopback: LanguageTool's endpoints and
 * response shape, the same answers as `tiankong lint --format languagetool`,
 * the rule parameters, annotated text, and the safety limits. Clients
 * nobody here wrote are in server-clients.test.ts.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../src/rules/index.js';
import { buildAnnotatedText } from '../src/server/annotated-text.js';
import { check } from '../src/server/check.js';
import { parseCheckParameters } from '../src/server/check-parameters.js';
import type { RunningServer } from '../src/server/server.js';
import { CLI_ENTRY_POINT, cli } from './helpers/cli.js';
import { listFixtures } from './helpers/fixtures.js';
import { checkBody, checkForm, cliResponse, startTestServer, withoutRuleUrls, writeServerTestConfig } from './helpers/server.js';

const GAPS = '本次活动共有个单位参加，满意率达%，涉及余人。';

let server: RunningServer;
let configPath: string;

beforeAll(async () => {
  configPath = writeServerTestConfig();
  server = await startTestServer({ configPath });
});
afterAll(() => server.close());

describe('LanguageTool endpoints', () => {
  it('lists Chinese on /v2/languages, answers OK on /v2/healthcheck, and names itself on /v2/info', async () => {
    expect(await (await fetch(`${server.url}/v2/languages`)).json()).toEqual([
      { name: 'Chinese', code: 'zh', longCode: 'zh-CN' },
    ]);
    const health = await fetch(`${server.url}/v2/healthcheck`);
    expect([health.status, await health.text()]).toEqual([200, 'OK']);
    expect(await (await fetch(`${server.url}/v2/info`)).json()).toMatchObject({ software: { name: 'Tiankong', apiVersion: 1 } });
  });

  it('answers /v2/check in the response shape of LanguageTool, with a link to each rule page it serves', async () => {
    const response = await checkForm(server, { text: GAPS, language: 'zh-CN' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/u);
    const body = await checkBody(response);
    expect(body).toMatchObject({
      software: { name: 'Tiankong' },
      warnings: { incompleteResults: false },
      language: { code: 'zh-CN', detectedLanguage: { code: 'zh-CN' } },
    });
    const match = body.matches.find((candidate) => candidate.rule.id === 'blank-number')!;
    expect(match).toMatchObject({
      offset: 5,
      length: 2,
      context: { text: GAPS, offset: 5, length: 2 },
      sentence: GAPS,
      type: { typeName: 'Other' },
      rule: { issueType: 'misspelling', category: { id: 'GAP' } },
    });
    expect(typeof match.message).toBe('string');
    expect(typeof match.shortMessage).toBe('string');
    const page = await fetch(match.rule.urls![0]!.value);
    expect(page.headers.get('content-type')).toMatch(/^text\/markdown/u);
    expect(await page.text()).toBe(readFileSync(new URL('../docs/rules/blank-number.md', import.meta.url), 'utf8'));
  });

  it('takes the same parameters as a JSON body, and by GET in the query string', async () => {
    const form = await (await checkForm(server, { text: GAPS, language: 'zh' })).json();
    const json = await fetch(`${server.url}/v2/check`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: GAPS, language: 'auto' }),
    });
    expect(await json.json()).toEqual(form);
    const get = await fetch(`${server.url}/v2/check?${new URLSearchParams({ text: GAPS, language: 'zh-CN' })}`);
    expect(await get.json()).toEqual(form);
  });
});

describe('the same findings as tiankong lint --format languagetool', () => {
  // Every text fixture: seeds, examples, clean documents, the labelled drafts and the held-out set (run, never quoted).
  for (const fixture of listFixtures(['seeds', 'examples', 'clean', 'drafts', 'heldout'])) {
    it(fixture.name, async () => {
      const text = fixture.text.replace(/^\uFEFF/u, '');
      const served = await checkBody(await checkForm(server, { text, language: 'zh-CN' }));
      expect(withoutRuleUrls(served)).toEqual(await cliResponse(text, ['--config', configPath]));
    });
  }
});

describe('rule parameters', () => {
  const ruleIds = async (parameters: Record<string, string>) =>
    (await checkBody(await checkForm(server, { text: GAPS, language: 'zh-CN', ...parameters }))).matches.map(
      (match) => match.rule.id,
    );

  it('disabledRules and disabledCategories turn rules off; ids the server does not know are ignored', async () => {
    const all = await ruleIds({});
    expect(all).toEqual(expect.arrayContaining(['blank-number', 'vague-quantity']));
    expect(await ruleIds({ disabledRules: 'blank-number,WHITESPACE_RULE' })).not.toContain('blank-number');
    expect(await ruleIds({ disabledCategories: 'GAP' })).not.toContain('blank-number');
  });

  it('enabledOnly keeps just the rules and categories named', async () => {
    expect(new Set(await ruleIds({ enabledRules: 'vague-quantity', enabledOnly: 'true' }))).toEqual(new Set(['vague-quantity']));
    const response = await checkForm(server, { text: GAPS, language: 'zh-CN', enabledOnly: 'true' });
    expect([response.status, await response.text()]).toEqual([
      400,
      'Error: You must specify enabled rules or categories when using enabledOnly=true',
    ]);
  });

  it('enabledRules turns on a rule the configuration turned off, at its default severity', async () => {
    const text = '1、高度重视机关党的建设\n';
    const without = await ruleIds({ text });
    const withRule = await ruleIds({ text, enabledRules: 'heading-style' });
    expect(without).not.toContain('heading-style');
    expect(withRule).toContain('heading-style');
  });
});

describe('annotated text (data)', () => {
  it('maps offsets back to the document with its markup, as LanguageTool does', async () => {
    const annotation = [
      { markup: '<p>' },
      { text: '本次共有' },
      { markup: '<b>' },
      { text: '个单位' },
      { markup: '</b>' },
      { markup: '<br/>', interpretAs: '\n' },
      { text: '满意率达%。' },
      { markup: '</p>', interpretAs: '\n\n' },
    ];
    const original = annotation.map((part) => part.text ?? part.markup).join('');
    const body = await checkBody(await checkForm(server, { data: JSON.stringify({ annotation }), language: 'zh-CN' }));
    const spans = body.matches.map((match: { offset: number; length: number }) =>
      original.slice(match.offset, match.offset + match.length),
    );
    expect(spans).toEqual(expect.arrayContaining(['有<b>个', '达%']));
    for (const match of body.matches) {
      expect(match.context.text.slice(match.context.offset, match.context.offset + match.context.length)).toBe(
        original.slice(match.offset, match.offset + match.length),
      );
    }
  });

  it('maps every span of the plain text inside one text part to the same characters of the original', () => {
    const part = fc.oneof(
      fc.record({ text: fc.string({ unit: 'grapheme', maxLength: 8 }) }),
      fc.record({
        markup: fc.string({ maxLength: 6 }),
        interpretAs: fc.option(fc.constantFrom('', '\n', '\n\n'), { nil: undefined }),
      }),
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const annotation = parts.map((candidate) =>
          Object.fromEntries(Object.entries(candidate).filter(([, value]) => value !== undefined)),
        );
        const document = buildAnnotatedText({ annotation } as never);
        let plainAt = 0;
        for (const candidate of annotation) {
          const length = (candidate.text ?? candidate.interpretAs ?? '').length;
          if (candidate.text !== undefined && length > 0) {
            const start = plainAt + (a % length);
            const end = start + (b % (plainAt + length - start + 1));
            const mapped = document.toOriginal(start, end - start);
            expect(document.original.slice(mapped.offset, mapped.offset + mapped.length)).toBe(document.plain.slice(start, end));
          }
          plainAt += length;
        }
        const whole = document.toOriginal(0, document.plain.length);
        expect(whole.offset).toBeGreaterThanOrEqual(0);
        expect(whole.offset + whole.length).toBeLessThanOrEqual(document.original.length);
      }),
    );
  });
});

describe('a rule that fails', () => {
  it('marks the answer incomplete (warnings.incompleteResults) and is reported by id and message, without the text', async () => {
    const failures: string[] = [];
    const answer = await check(parseCheckParameters({ text: GAPS, language: 'zh-CN' }), {
      settings: {},
      ruleSet: RULES,
      maxTextLength: 1_000,
      toolVersion: '0.1.0',
      analyze: async () => ({ findings: [], ruleFailures: [{ rule: 'blank-number', message: 'boom' }] }),
      onRuleFailure: (failure) => failures.push(`${failure.rule}: ${failure.message}`),
    });
    expect(answer.warnings).toEqual({ incompleteResults: true });
    expect(failures).toEqual(['blank-number: boom']);
  });
});

describe('refusals, in LanguageTool words and with a 4xx', () => {
  const post = (body: string, contentType = 'application/x-www-form-urlencoded') =>
    fetch(`${server.url}/v2/check`, { method: 'POST', headers: { 'content-type': contentType }, body });
  const refusal = async (response: Response) => [response.status, await response.text()];

  it('an unsupported language gets LanguageTool error', async () => {
    expect(await refusal(await checkForm(server, { text: '你好', language: 'de-DE' }))).toEqual([
      400,
      "Error: 'de-DE' is not a language code known to LanguageTool. Supported language codes are: zh, zh-CN.",
    ]);
  });

  it('too much text gets 413 and LanguageTool message', async () => {
    const [status, message] = await refusal(await checkForm(server, { text: '字'.repeat(200_001), language: 'zh' }));
    expect(status).toBe(413);
    expect(message).toBe(
      "Error: Your text exceeds the limit of 200000 characters (it's 200001 characters). Please submit a shorter text.",
    );
    // A body far over what the limit allows is refused by its size, before it is decoded.
    const [hugeStatus, hugeMessage] = await refusal(await post(`text=${'%E5%AD%97'.repeat(400_000)}&language=zh`));
    expect(hugeMessage).toBe("Error: Your text's length exceeds this server's hard limit of 200000 characters.");
    expect(hugeStatus).toBe(413);
  });

  it('missing or doubled text, unknown parameters, bad data, JSON and content types get a 4xx that says what is wrong', async () => {
    const cases: Array<[Response, number, RegExp]> = [
      [await checkForm(server, { language: 'zh' }), 400, /Missing 'text' or 'data'/u],
      [await checkForm(server, { text: 'a', data: '{"text":"a"}', language: 'zh' }), 400, /not both/u],
      [await checkForm(server, { text: 'a' }), 400, /Missing 'language'/u],
      [await checkForm(server, { text: 'a', language: 'zh', colour: 'red' }), 400, /Unknown parameter 'colour'/u],
      [await checkForm(server, { data: '{"annotation": [', language: 'zh' }), 400, /Could not parse JSON from 'data'/u],
      [await checkForm(server, { data: '{"annotation": [{"text": "a", "markup": "b"}]}', language: 'zh' }), 400, /not both/u],
      [await checkForm(server, { text: 'a', language: 'zh', level: 'loud' }), 400, /Invalid parameter 'level'/u],
      [await post('{"text": ', 'application/json'), 400, /not valid JSON/u],
      [await post('["text"]', 'application/json'), 400, /must be an object/u],
      [await post('text=a&text=b&language=zh'), 400, /more than once/u],
      [await post('text=a', 'multipart/form-data; boundary=x'), 415, /Unsupported content type/u],
      [await fetch(`${server.url}/v2/check`, { method: 'PUT', body: 'x' }), 405, /PUT is not allowed/u],
      [await fetch(`${server.url}/v2/nothing`), 404, /Unsupported action/u],
      [await fetch(`${server.url}/rules/no-such-rule`), 404, /Unknown rule/u],
    ];
    for (const [response, status, message] of cases) {
      expect(response.status).toBe(status);
      expect(await response.text()).toMatch(message);
    }
    // Still serving after all of that.
    expect((await checkForm(server, { text: GAPS, language: 'zh' })).status).toBe(200);
  });

  it('whatever the body, the answer is 200 or a 4xx, and the server keeps serving', async () => {
    const send = (body: string, contentType: string) =>
      fetch(`${server.url}/v2/check`, { method: 'POST', headers: { 'content-type': contentType }, body }).then(
        (response) => response.status,
      );
    const formBody = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc
        .dictionary(
          fc.constantFrom('text', 'data', 'language', 'enabledRules', 'enabledOnly', 'level', 'x'),
          fc.string({ maxLength: 40 }),
        )
        .map((parameters) => new URLSearchParams(parameters).toString()),
    );
    await fc.assert(
      fc.asyncProperty(formBody, fc.json({ maxDepth: 3 }), async (form, json) => {
        for (const status of [await send(form, 'application/x-www-form-urlencoded'), await send(json, 'application/json')]) {
          expect([200, 400, 413, 415]).toContain(status);
        }
      }),
      { numRuns: 60 },
    );
    expect((await checkForm(server, { text: GAPS, language: 'zh' })).status).toBe(200);
  });

  it('a body that is not UTF-8 gets 400', async () => {
    const response = await fetch(`${server.url}/v2/check`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new Uint8Array([0x74, 0x65, 0x78, 0x74, 0x3d, 0xff, 0xfe]),
    });
    expect(response.status).toBe(400);
  });
});

describe('access', () => {
  it('with a token, /v2/check needs it as a Bearer header or as apiKey; the health check does not', async () => {
    const guarded = await startTestServer({ token: 'shared-secret', publicUrl: 'https://checker.example.org/' });
    try {
      expect((await checkForm(guarded, { text: GAPS, language: 'zh' })).status).toBe(403);
      expect((await checkForm(guarded, { text: GAPS, language: 'zh', apiKey: 'wrong' })).status).toBe(403);
      const allowed = await checkBody(await checkForm(guarded, { text: GAPS, language: 'zh', apiKey: 'shared-secret' }));
      // Behind a reverse proxy, the rule links use the public address it was given, not the Host header.
      expect(allowed.matches[0]!.rule.urls![0]!.value).toMatch(/^https:\/\/checker\.example\.org\/rules\/[a-z-]+$/u);
      expect((await checkForm(guarded, { text: GAPS, language: 'zh' }, { authorization: 'Bearer shared-secret' })).status).toBe(
        200,
      );
      expect((await fetch(`${guarded.url}/v2/healthcheck`)).status).toBe(200);
    } finally {
      await guarded.close();
    }
  });

  it('sends CORS headers only to the origins it is told to allow', async () => {
    const preflight = (target: RunningServer, origin: string) =>
      fetch(`${target.url}/v2/check`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
    const closed = await preflight(server, 'https://editor.example');
    expect(closed.headers.get('access-control-allow-origin')).toBeNull();
    const open = await startTestServer({ allowedOrigins: ['https://editor.example'] });
    try {
      const allowed = await preflight(open, 'https://editor.example');
      expect(allowed.status).toBe(204);
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://editor.example');
      expect(allowed.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
      expect((await preflight(open, 'https://elsewhere.example')).headers.get('access-control-allow-origin')).toBeNull();
      const answer = await checkForm(open, { text: GAPS, language: 'zh' }, { origin: 'https://editor.example' });
      expect(answer.headers.get('access-control-allow-origin')).toBe('https://editor.example');
    } finally {
      await open.close();
    }
  });
});

describe('bounded work', () => {
  it('answers 503 when every thread is busy and the queue is full, and serves again afterwards', async () => {
    const small = await startTestServer({ maxQueue: 1 });
    try {
      // Long enough (tenths of a second each) that all eight arrive while the first is still being analysed.
      const text = GAPS.repeat(2_000);
      const responses = await Promise.all(Array.from({ length: 8 }, () => checkForm(small, { text, language: 'zh' })));
      const statuses = responses.map((response) => response.status);
      expect(statuses).toContain(503);
      expect(statuses).toContain(200);
      const refused = responses.find((response) => response.status === 503)!;
      expect(await refused.text()).toBe('Error: There are currently too many parallel requests. Please try again later.');
      expect((await checkForm(small, { text: GAPS, language: 'zh' })).status).toBe(200);
    } finally {
      await small.close();
    }
  });

  it('stops an analysis that runs over the time limit, answers 500 with LanguageTool-style message, and replaces the thread', async () => {
    const strict = await startTestServer({ timeLimitMs: 1 });
    try {
      const response = await checkForm(strict, { text: GAPS.repeat(2_000), language: 'zh' });
      expect(response.status).toBe(500);
      expect(await response.text()).toMatch(/^Error: Checking took longer than/u);
      await strict.pool.whenReady();
      expect(strict.pool.stats.threads).toBe(1);
    } finally {
      await strict.close();
    }
  });

  it('logs method, path, status and length, never the text', async () => {
    const lines: string[] = [];
    const logged = await startTestServer({ log: (line) => lines.push(line) });
    try {
      await checkForm(logged, { text: GAPS, language: 'zh' });
      await fetch(`${logged.url}/v2/check?${new URLSearchParams({ text: GAPS, language: 'zh' })}`);
    } finally {
      await logged.close();
    }
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^POST /v2/check 200 ${GAPS.length} chars \\d+ ms$`, 'u'));
    for (const line of lines) for (const character of '单位满意') expect(line).not.toContain(character);
  });
});

describe('the serve command', () => {
  it('a port already in use is a usage error (exit 2, one line), not a crash', async () => {
    const port = new URL(server.url).port;
    const run = await cli(['serve', '--port', port, '--threads', '1']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`127\\.0\\.0\\.1:${port} is already in use; choose another --port`, 'u'));
  });

  it('binds 127.0.0.1 by default, and on SIGTERM finishes the request in progress before it exits 0', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI_ENTRY_POINT, 'serve', '--port', '0', '--threads', '1'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        const found = /listening on (http:\/\/[^ ]+)/u.exec(stderr);
        if (found) resolve(found[1]!);
      });
      child.on('exit', () => reject(new Error(stderr)));
    });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/u);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // About a second of analysis, so the signal arrives while the request is in progress.
    const body = new URLSearchParams({ text: GAPS.repeat(4_000), language: 'zh' }).toString();
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const request = httpRequest(
        `${url}/v2/check`,
        { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
        (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString()));
          response.on('end', () => resolve({ status: response.statusCode!, text }));
        },
      );
      request.on('error', reject);
      request.end(body, () => setTimeout(() => child.kill('SIGTERM'), 20));
    });
    const { status, text } = await answer;
    expect(status).toBe(200);
    expect(JSON.parse(text).matches.length).toBeGreaterThan(0);
    expect(await exited).toBe(0);
    expect(stderr).toMatch(/SIGTERM: finishing the requests in progress/u);
    expect(stderr).not.toContain('单位');
  });
});
