/**
 * `tiankong serve` against LanguageTool clients that nobody here wrote:
 * - languagetool-api, an npm wrapper of the HTTP API: its own query
 *   building (GET /v2/check?…) and its own reading of the answer;
 * - annotatedtext-remark and annotatedtext-rehype, which editor plug-ins
 *   (VS Code's LanguageTool Linter among them) use to turn Markdown and
 *   HTML into `data`: the offsets that come back must point into the
 *   source file;
 * - LibreOffice 7.4's built-in LanguageTool client: the exact requests it
 *   sent, recorded from a real LibreOffice driven headless (its checker
 *   called over UNO, and a Writer document it routed to the checker itself;
 *   test/server-fixtures, scripts/libreoffice), replayed byte for byte, and
 *   checked against what LibreOffice then showed.
 */

import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import * as rehype from 'annotatedtext-rehype';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/server/server.js';
import { checkForm, cliResponse, startTestServer, withoutRuleUrls } from './helpers/server.js';

const require = createRequire(import.meta.url);

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

interface Match {
  offset: number;
  length: number;
  message: string;
  replacements: Array<{ value: string }>;
  context: { text: string; offset: number; length: number };
  rule: { id: string };
}

describe('languagetool-api (npm)', () => {
  /**
   * The package has languagetool.org's address built in and no setting for
   * another server; its transport (the `request` module) is wrapped to send
   * to this server instead. Everything else is the package's own code.
   */
  function loadClient(): {
    check(query: Record<string, string>, callback: (error: unknown, response: { matches: Match[] }) => void): void;
    showMistakes(response: { matches: Match[] }, callback: (mistakes: string[]) => void): void;
    bestSuggestion(
      response: { matches: Match[] },
      callback: (best: Array<{ mistake: string; bestSuggestion: string }>) => void,
    ): void;
  } {
    const clientPath = require.resolve('languagetool-api');
    const requestPath = require.resolve('request', { paths: [clientPath] });
    const realRequest = require(requestPath) as (url: string, callback: unknown) => unknown;
    require.cache[requestPath]!.exports = (url: string, callback: unknown) =>
      realRequest(url.replace('https://languagetool.org/api', server.url), callback);
    delete require.cache[clientPath];
    return require(clientPath);
  }

  it('checks text by GET, and its own helpers read the mistakes and the suggestions out of the answer', async () => {
    const client = loadClient();
    const text = '本次活动共有个单位参加，满意率达%。各部门要高度重视，，认真落实。';
    const response = await new Promise<{ matches: Match[] }>((resolve, reject) =>
      client.check({ language: 'zh-CN', text }, (error, answer) => (error ? reject(error) : resolve(answer))),
    );
    const expected = (await cliResponse(text)) as unknown as { matches: Match[] };
    expect(withoutRuleUrls(response as never)).toEqual(expected);
    const mistakes = await new Promise<string[]>((resolve) => client.showMistakes(response, resolve));
    expect(mistakes).toEqual(expected.matches.map((match) => text.slice(match.offset, match.offset + match.length)));

    const fixable = '各部门要高度重视，，认真落实。';
    const fixableResponse = await new Promise<{ matches: Match[] }>((resolve, reject) =>
      client.check({ language: 'zh-CN', text: fixable }, (error, answer) => (error ? reject(error) : resolve(answer))),
    );
    const best = await new Promise<Array<{ mistake: string; bestSuggestion: string }>>((resolve) =>
      client.bestSuggestion(fixableResponse, resolve),
    );
    expect(best).toContainEqual({ mistake: '，，', bestSuggestion: '，' });
  });
});

/**
 * Every match's span in the source, after checking the builder's parts add
 * up to the source and that the server found what the CLI finds in the
 * plain text the parts stand for (same rules, same order, the same text
 * where a span holds no markup).
 */
async function spansIn(
  source: string,
  annotation: Array<{ text?: string; markup?: string; interpretAs?: string }>,
  matches: Match[],
) {
  expect(annotation.map((part) => part.text ?? part.markup).join('')).toBe(source);
  const plain = annotation.map((part) => part.text ?? part.interpretAs ?? '').join('');
  const expected = ((await cliResponse(plain)) as unknown as { matches: Match[] }).matches;
  expect(matches.map((match) => match.rule.id)).toEqual(expected.map((match) => match.rule.id));
  const spans = matches.map((match) => source.slice(match.offset, match.offset + match.length));
  spans.forEach((span, index) => {
    const { offset, length } = expected[index]!;
    if (!/[<>*#[\]()&;]/u.test(span)) expect(span).toBe(plain.slice(offset, offset + length));
  });
  return spans;
}

describe('annotatedtext-remark: data built from Markdown', () => {
  const remark = require('annotatedtext-remark') as {
    build(text: string, options: unknown): { annotation: Array<{ text?: string; markup?: string }> };
    defaults: unknown;
  };

  it('the offsets point at the gaps in the Markdown source, markup included', async () => {
    const source = [
      '# 关于开展安全生产检查的通知',
      '',
      '各单位：',
      '',
      '本次检查共涉及**个**乡镇，整改完成率达%。',
      '',
      '- 第一阶段：开展培训场次',
      '- 第二阶段：详见[附件](https://example.org/a.docx)，于年月日前报送。',
      '',
    ].join('\n');
    const annotated = remark.build(source, remark.defaults);
    const response = await checkForm(server, { language: 'zh-CN', data: JSON.stringify(annotated) });
    expect(response.status).toBe(200);
    const { matches } = (await response.json()) as { matches: Match[] };
    const spans = await spansIn(source, annotated.annotation, matches);
    expect(spans).toEqual(expect.arrayContaining(['及**个', '达%', '训场次', '年月日']));
    for (const match of matches) {
      expect(match.context.text.slice(match.context.offset, match.context.offset + match.context.length)).toBe(
        source.slice(match.offset, match.offset + match.length).replace(/\n/gu, ' '),
      );
    }
  });
});

describe('annotatedtext-rehype: data built from HTML', () => {
  it('the offsets point at the gaps in the HTML source, tags and entities included', async () => {
    const source =
      '<html><body><h1>工作总结</h1><p>今年共完成<b>个</b>项目&amp;课题，满意率达%。</p><p>下一步，要在年月日前完成验收。</p></body></html>';
    const annotated = rehype.build(source, rehype.defaults) as { annotation: Array<{ text?: string; markup?: string }> };
    const response = await checkForm(server, { language: 'zh-CN', data: JSON.stringify(annotated) });
    expect(response.status).toBe(200);
    const { matches } = (await response.json()) as { matches: Match[] };
    expect(await spansIn(source, annotated.annotation, matches)).toEqual(expect.arrayContaining(['成<b>个', '达%', '年月日']));
  });
});

describe('LibreOffice 7.4 (recorded requests, replayed byte for byte)', () => {
  const recording = JSON.parse(
    readFileSync(new URL('./server-fixtures/libreoffice-7.4-requests.json', import.meta.url), 'utf8'),
  ) as {
    requests: Array<{ method: string; url: string; headers: Record<string, string>; body: string }>;
    shown: Array<Array<[number, number]> | null>;
  };

  /** The recorded bytes as they were: LibreOffice does not URL-encode the text, and no client library would resend it that way. */
  function replay(
    target: RunningServer,
    recorded: (typeof recording.requests)[number],
  ): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const request = httpRequest(
        `${target.url}${recorded.url}`,
        { method: recorded.method, headers: recorded.headers },
        (response) => {
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (body += chunk));
          response.on('end', () => resolve({ status: response.statusCode!, body }));
        },
      );
      request.on('error', reject);
      request.end(recorded.body);
    });
  }

  it('asks for the languages first, then each paragraph gets the CLI findings at the offsets LibreOffice showed', async () => {
    const guarded = await startTestServer({ token: 'team-token-0001' });
    try {
      const [languages, ...checks] = recording.requests;
      const listed = await replay(guarded, languages!);
      expect(JSON.parse(listed.body)).toContainEqual({ name: 'Chinese', code: 'zh', longCode: 'zh-CN' });
      for (const [index, recorded] of checks.entries()) {
        const text = recorded.body.slice('text='.length, recorded.body.lastIndexOf('&language='));
        // The recorded paragraphs hold &, + and % unencoded: the server must read them as LibreOffice meant them.
        const { status, body } = await replay(guarded, recorded);
        expect(status).toBe(200);
        const answer = JSON.parse(body) as { matches: Match[] };
        expect(withoutRuleUrls(answer as never)).toEqual(await cliResponse(text));
        expect(answer.matches.map((match) => [match.offset, match.length])).toEqual(recording.shown[index + 1]);
      }
      expect(recording.requests.some((recorded) => recorded.body.includes('&业务+融合'))).toBe(true);
      const wrongToken = recording.requests[1]!;
      const refused = await replay(guarded, {
        ...wrongToken,
        body: wrongToken.body.replace('team-token-0001', 'team-token-0002'),
      });
      expect(refused.status).toBe(403);
    } finally {
      await guarded.close();
    }
  });
});
