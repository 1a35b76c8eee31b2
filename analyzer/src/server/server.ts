/**
 * `tiankong serve`'s HTTP server: LanguageTool's API (`/v2/check`,
 * `/v2/languages`, `/v2/healthcheck`, `/v2/info`) on Node's `http`, with the
 * analysis on a pool of threads (worker-pool.ts). Stateless: every request
 * carries its whole text, so any number of replicas can stand behind a load
 * balancer.
 *
 * It logs one line per request — method, path, status, length, time —
 * and never the text, the query string or the body: drafts are
 * confidential until they are published.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { AnalyzerSettings } from '../core/settings.js';
import { RULES } from '../rules/index.js';
import type { BackendName } from '../segmentation/node.js';
import { type AccessOptions, checkToken, setCorsHeaders } from './access.js';
import { check } from './check.js';
import { parseCheckParameters } from './check-parameters.js';
import { HttpError } from './http-error.js';
import { SUPPORTED_LANGUAGES } from './languages.js';
import { readParameters } from './request-body.js';
import { AnalysisFailedError, AnalysisPool, QueueFullError, TimeLimitError } from './worker-pool.js';

export interface ServerOptions extends AccessOptions {
  host: string;
  port: number;
  settings: AnalyzerSettings;
  toolVersion: string;
  backend: BackendName;
  threads: number;
  maxQueue: number;
  /** Per analysis, in milliseconds. */
  timeLimitMs: number;
  /** Characters of plain text per request. */
  maxTextLength: number;
  /** How long SIGTERM waits for the requests in progress before it drops them. */
  shutdownGraceMs: number;
  /**
   * Where clients reach the server (`https://checker.example.org`), for the rule links in answers; without it, the
   * request's Host header over http, which is wrong behind a reverse proxy that ends TLS.
   */
  publicUrl?: string;
  log(line: string): void;
}

export interface RunningServer {
  /** Where it listens, e.g. http://127.0.0.1:8081 (the real port when 0 was asked for). */
  url: string;
  /** Stops taking requests, answers the ones it has, then stops the threads. */
  close(): Promise<void>;
  pool: AnalysisPool;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const TEXT_TYPE = 'text/plain; charset=utf-8';
const RULE_DOCS = new URL('../../docs/rules/', import.meta.url);

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const pool = new AnalysisPool(options);
  await pool.whenReady();
  if (pool.stats.threads === 0) throw new Error('no analysis thread could be started');
  let closing = false;
  let inFlight = 0;
  let drained: () => void = () => {};

  // Idle connections stay open longer than a load balancer's (60 s is the common default), so the server never closes one
  // just as the balancer or a client sends on it: that race is a reset connection for the client.
  const server = createServer({ requestTimeout: 60_000, keepAliveTimeout: 65_000 }, (request, response) => {
    inFlight++;
    const started = performance.now();
    let characters: number | undefined;
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (closing) response.setHeader('Connection', 'close');
    // Counted done once the answer has left (or the client went away), so a shutdown never cuts one short.
    response.on('close', () => {
      const length = characters === undefined ? '' : ` ${characters} chars`;
      options.log(
        `${request.method} ${url.pathname} ${response.statusCode}${length} ${(performance.now() - started).toFixed(0)} ms`,
      );
      if (--inFlight === 0) drained();
    });
    route(request, response, url, (length) => (characters = length)).catch((error: unknown) =>
      sendError(request, response, error),
    );
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  });

  async function route(request: IncomingMessage, response: ServerResponse, url: URL, count: (length: number) => void) {
    const path = withoutTrailingSlashes(url.pathname);
    const cors = setCorsHeaders(options, request, response);
    if (request.method === 'OPTIONS') {
      response.writeHead(cors ? 204 : 403).end();
      return;
    }
    switch (path) {
      case '/v2/healthcheck': {
        allow(request, ['GET', 'HEAD']);
        const { queued } = pool.stats;
        if (closing) throw new HttpError(503, 'Healthcheck failed: the server is shutting down.');
        if (queued >= options.maxQueue)
          throw new HttpError(503, 'Healthcheck failed: There are currently too many parallel requests.');
        return send(response, 200, TEXT_TYPE, 'OK');
      }
      case '/v2/languages':
        allow(request, ['GET']);
        return send(response, 200, JSON_TYPE, JSON.stringify(SUPPORTED_LANGUAGES));
      case '/v2/info':
        allow(request, ['GET']);
        return send(response, 200, JSON_TYPE, JSON.stringify({ software: softwareInfo(options.toolVersion) }));
      case '/v2/check': {
        allow(request, ['GET', 'POST']);
        const tooLong = `Your text's length exceeds this server's hard limit of ${options.maxTextLength} characters.`;
        const parameters = await readParameters(request, url, maxBodyBytes(options.maxTextLength), tooLong);
        const checkRequest = parseCheckParameters(parameters);
        checkToken(options, request, checkRequest.apiKey);
        count(checkRequest.document.plain.length);
        const answer = await check(checkRequest, {
          settings: options.settings,
          ruleSet: RULES,
          maxTextLength: options.maxTextLength,
          toolVersion: options.toolVersion,
          analyze: (text, settings) => pool.analyze(text, settings),
          ruleUrl: (ruleId) => ruleUrl(request, ruleId, options.publicUrl),
          onRuleFailure: (failure) => options.log(`rule ${failure.rule} failed: ${failure.message}`),
        });
        return send(response, 200, JSON_TYPE, JSON.stringify(answer));
      }
      default: {
        const ruleId = /^\/rules\/([a-z0-9-]+)$/u.exec(path)?.[1];
        if (ruleId) {
          allow(request, ['GET']);
          return send(response, 200, 'text/markdown; charset=utf-8', ruleDocs(ruleId));
        }
        throw new HttpError(
          404,
          `Unsupported action: '${url.pathname}'. This server speaks LanguageTool's API: POST /v2/check, GET /v2/languages, GET /v2/healthcheck`,
        );
      }
    }
  }

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, options.host, () => resolve());
    });
  } catch (error) {
    // The port is taken, say: stop the threads, or they would keep the process alive.
    await pool.close();
    throw error;
  }
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  let closed: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closed ??= (async () => {
      closing = true;
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight > 0) {
        const grace = setTimeout(() => server.closeAllConnections(), options.shutdownGraceMs);
        await new Promise<void>((resolve) => {
          drained = resolve;
        });
        clearTimeout(grace);
      }
      server.closeAllConnections();
      await stopped;
      await pool.close();
    })();
    return closed;
  };
  return { url: `http://${host}:${address.port}`, close, pool };
}

function allow(request: IncomingMessage, methods: readonly string[]): void {
  if (!methods.includes(request.method ?? '')) {
    throw new HttpError(405, `${request.method} is not allowed here; use ${methods.join(' or ')}`, { Allow: methods.join(', ') });
  }
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) }).end(body);
}

/** Every failure as LanguageTool words it: "Error: …" in plain text, and a status its clients understand. */
function sendError(request: IncomingMessage, response: ServerResponse, error: unknown): void {
  let status = 500;
  let message: string;
  let headers: Readonly<Record<string, string>> = {};
  if (error instanceof HttpError) {
    ({ status, message, headers } = error);
  } else if (error instanceof QueueFullError) {
    status = 503;
    message = 'There are currently too many parallel requests. Please try again later.';
  } else if (error instanceof TimeLimitError) {
    message = `Checking took longer than the time limit of this server. Please consider submitting a shorter text. (${error.message})`;
  } else if (error instanceof AnalysisFailedError) {
    status = 503;
    message = `Internal Error: ${error.message}`;
  } else {
    message = `Internal Error: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (response.headersSent) {
    response.destroy();
    return;
  }
  // A refused body may still be arriving: close the connection rather than read the rest of it.
  if (!request.readableEnded) response.setHeader('Connection', 'close');
  const body = `Error: ${message}`;
  response.writeHead(status, { ...headers, 'Content-Type': TEXT_TYPE, 'Content-Length': Buffer.byteLength(body) }).end(body);
}

/**
 * Bytes a request body may have: a form encodes a Chinese character as
 * nine bytes (%E5%A1%AB), and annotated text adds its markup and JSON, so
 * the limit on bytes is generous and the limit on characters (checked after
 * decoding, with LanguageTool's message) is the one that counts.
 */
function maxBodyBytes(maxTextLength: number): number {
  return maxTextLength * 16 + 65_536;
}

function softwareInfo(version: string) {
  return { name: 'Tiankong', version, buildDate: '', apiVersion: 1, premium: false, status: '' };
}

/** A link to the rule's page on this server (`rule.urls`, which clients show as "more information"). */
function ruleUrl(request: IncomingMessage, ruleId: string, publicUrl: string | undefined): string | undefined {
  if (publicUrl !== undefined) return `${withoutTrailingSlashes(publicUrl)}/rules/${ruleId}`;
  const host = request.headers.host;
  return host ? `http://${host}/rules/${ruleId}` : undefined;
}

const ruleDocsCache = new Map<string, string>();

function ruleDocs(ruleId: string): string {
  const known = RULES.some((rule) => rule.meta.id === ruleId);
  if (!known) throw new HttpError(404, `Unknown rule '${ruleId}'`);
  let docs = ruleDocsCache.get(ruleId);
  if (docs === undefined) {
    docs = readFileSync(new URL(`${ruleId}.md`, RULE_DOCS), 'utf8');
    ruleDocsCache.set(ruleId, docs);
  }
  return docs;
}

/** /v2/check/ is /v2/check: the trailing slashes go, scanned from the end (/\/+$/ would be quadratic on a path of slashes). */
function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path[end - 1] === '/') end--;
  return path.slice(0, end);
}
