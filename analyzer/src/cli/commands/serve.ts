/**
 * `tiankong serve`: a LanguageTool-compatible HTTP server (server/), so the
 * editors that have a LanguageTool client — LibreOffice, the browser
 * add-on, Obsidian, VS Code — check drafts with Tiankong. This module only
 * turns flags into server options and runs the server until SIGTERM or
 * SIGINT; the settings come from the same config loading as `lint`.
 */
import { availableParallelism } from 'node:os';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { startServer } from '../../server/server.js';
import { CONFIG_FILE_NAME, createSettingsResolver } from '../config.js';
import { EXIT_OK, UsageError } from '../usage-error.js';
import { backendFromEnv } from './analysis-options.js';
import type { CommandContext } from './context.js';

export const TOKEN_VARIABLE = 'TIANKONG_SERVER_TOKEN';

interface ServeCommandOptions {
  host: string;
  port: number;
  config?: string;
  rule?: string[];
  language?: 'zh' | 'en';
  backend?: 'nodejieba' | 'jieba-wasm';
  token?: string;
  allowOrigin?: string[];
  publicUrl?: string;
  threads: number;
  maxQueue: number;
  maxTextLength: number;
  timeLimit: number;
  quiet?: boolean;
}

export function registerServeCommand(program: Command, context: CommandContext): void {
  program
    .command('serve')
    .description("run a LanguageTool-compatible HTTP server (POST /v2/check) for editors' LanguageTool clients")
    .option('--host <address>', 'address to listen on; anything but loopback exposes the server to the network', '127.0.0.1')
    .option('--port <number>', 'port to listen on (0: any free port)', parseWholeNumber, 8081)
    .option('-c, --config <file>', `configuration file (default: the nearest ${CONFIG_FILE_NAME} from the current directory)`)
    .option('-r, --rule <id=severity>', 'set a rule to off, info, warning or error (repeatable)', collect)
    .addOption(new Option('-l, --language <language>', 'language of the messages').choices(['zh', 'en']))
    .addOption(new Option('--backend <backend>', 'segmenter backend').choices(['nodejieba', 'jieba-wasm']))
    .option('--token <token>', `require this shared token on /v2/check (better: set ${TOKEN_VARIABLE}, which ps does not show)`)
    .option('--allow-origin <origin>', 'let web pages from this origin call the server (CORS; repeatable; * for any)', collect)
    .option(
      '--public-url <url>',
      'where clients reach the server, for the rule links in answers (behind a reverse proxy)',
      parseUrl,
    )
    .addOption(
      new Option('--threads <number>', 'analysis threads')
        .argParser(parsePositive)
        .default(availableParallelism(), 'one per core'),
    )
    .option('--max-queue <number>', 'requests that may wait for a thread; more get 503', parseWholeNumber, 256)
    .option('--max-text-length <number>', 'characters of text per request; more get 413', parsePositive, 200_000)
    .option('--time-limit <seconds>', 'time limit of one analysis', parsePositive, 30)
    .option('-q, --quiet', 'do not log each request (the log never holds any text)')
    .action(async (options: ServeCommandOptions) => {
      const { io } = context;
      const { settings } = createSettingsResolver({ config: options.config, rule: options.rule, language: options.language })(
        undefined,
      );
      const token = options.token ?? io.env[TOKEN_VARIABLE];
      const log = (line: string) => io.stderr.write(`tiankong serve: ${line}\n`);
      const server = await listening(() =>
        startServer({
          host: options.host,
          port: options.port,
          settings,
          toolVersion: context.toolVersion,
          backend: options.backend ?? backendFromEnv(io.env),
          threads: options.threads,
          maxQueue: options.maxQueue,
          maxTextLength: options.maxTextLength,
          timeLimitMs: options.timeLimit * 1000,
          shutdownGraceMs: 10_000,
          ...(token ? { token } : {}),
          allowedOrigins: options.allowOrigin ?? [],
          ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
          log: options.quiet ? () => {} : log,
        }),
      );
      const { threads } = server.pool.stats;
      log(`listening on ${server.url} (${threads} analysis thread${threads === 1 ? '' : 's'})`);
      if (!isLoopback(options.host) && !token) log(`warning: reachable from the network without a token; set ${TOKEN_VARIABLE}`);
      await new Promise<void>((resolve) => {
        const stop = (signal: string) => {
          log(`${signal}: finishing the requests in progress`);
          void server.close().then(resolve);
        };
        process.once('SIGTERM', () => stop('SIGTERM'));
        process.once('SIGINT', () => stop('SIGINT'));
      });
      log('stopped');
      context.setExitCode(EXIT_OK);
    });
}

/** A port that is taken or not allowed is the user's to fix: one line and exit 2, not an internal error. */
async function listening<T>(start: () => Promise<T>): Promise<T> {
  try {
    return await start();
  } catch (error) {
    const { code, address, port } = error as NodeJS.ErrnoException & { address?: string; port?: number };
    if (code === 'EADDRINUSE') throw new UsageError(`${address}:${port} is already in use; choose another --port`);
    if (code === 'EACCES') throw new UsageError(`not allowed to listen on ${address}:${port}; choose a --port above 1023`);
    if (code === 'EADDRNOTAVAIL') throw new UsageError(`${address} is not an address of this machine (--host)`);
    throw error;
  }
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function parseWholeNumber(value: string): number {
  if (!/^\d+$/u.test(value)) throw new InvalidArgumentError('expected a whole number, 0 or more.');
  return Number(value);
}

function parseUrl(value: string): string {
  if (!/^https?:\/\/[^/\s]+/u.test(value)) throw new InvalidArgumentError('expected an http:// or https:// URL.');
  return value;
}

function parsePositive(value: string): number {
  if (!/^\d+$/u.test(value) || Number(value) < 1) throw new InvalidArgumentError('expected a whole number, 1 or more.');
  return Number(value);
}
