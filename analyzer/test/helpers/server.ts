import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSettingsResolver } from '../../src/cli/config.js';
import { type RunningServer, type ServerOptions, startServer } from '../../src/server/server.js';
import { cli } from './cli.js';

/** A config that differs from the defaults, so a test can tell the server read it. */
export const SERVER_TEST_CONFIG = { rules: { 'vague-quantity': 'error', 'heading-style': 'off' } };

export function writeServerTestConfig(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'tiankong-serve-')), 'tiankong.config.json');
  writeFileSync(path, JSON.stringify(SERVER_TEST_CONFIG));
  return path;
}

/** `tiankong serve` in this process on a free loopback port, one analysis thread (CI has two cores). */
export function startTestServer(overrides: Partial<ServerOptions> & { configPath?: string } = {}): Promise<RunningServer> {
  const { configPath, ...options } = overrides;
  const { settings } = createSettingsResolver({ config: configPath })(undefined);
  return startServer({
    host: '127.0.0.1',
    port: 0,
    settings,
    toolVersion: '0.1.0',
    backend: 'nodejieba',
    threads: 1,
    maxQueue: 64,
    timeLimitMs: 60_000,
    maxTextLength: 200_000,
    shutdownGraceMs: 10_000,
    allowedOrigins: [],
    log: () => {},
    ...options,
  });
}

/** POST /v2/check with a form body, as LanguageTool clients send it. */
export async function checkForm(server: RunningServer, parameters: Record<string, string>, headers: Record<string, string> = {}) {
  return fetch(`${server.url}/v2/check`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(parameters).toString(),
  });
}

/** `tiankong lint - --format languagetool` on this text: the response the server must give for it, less `path`. */
export async function cliResponse(text: string, args: string[] = []): Promise<Record<string, unknown>> {
  const run = await cli(['lint', '-', '-f', 'languagetool', '--exit-zero', ...args], { stdin: text });
  const { path: _path, ...response } = JSON.parse(run.stdout) as Record<string, unknown>;
  return response;
}

/** A server response without what only the server adds (each rule's link), for comparison with the CLI's. */
export function withoutRuleUrls(response: { matches: Array<{ rule: Record<string, unknown> }> }) {
  return {
    ...response,
    matches: response.matches.map(({ rule: { urls: _urls, ...rule }, ...match }) => ({ ...match, rule })),
  };
}

/** A /v2/check answer as the tests read it. */
export interface CheckBody {
  warnings: { incompleteResults: boolean };
  matches: Array<{
    offset: number;
    length: number;
    message: string;
    shortMessage: string;
    replacements: Array<{ value: string }>;
    context: { text: string; offset: number; length: number };
    sentence: string;
    rule: { id: string; urls?: Array<{ value: string }> } & Record<string, unknown>;
  }>;
}

export async function checkBody(response: Response): Promise<CheckBody> {
  return (await response.json()) as CheckBody;
}
