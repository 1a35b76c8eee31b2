/**
 * Who may use the server: an optional shared token, and the web origins
 * allowed to call it from a browser page (CORS). Both are off by default: a
 * server on 127.0.0.1 is reached only from the same machine, and a page on
 * some web site must not be able to send it drafts unless it is listed.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError } from './http-error.js';

export interface AccessOptions {
  /** When set, /v2/check needs it, as `Authorization: Bearer <token>` or as the `apiKey` parameter. */
  token?: string;
  /** Origins (`https://example.org`) whose pages may call the server, or `*` for any. */
  allowedOrigins: readonly string[];
}

/**
 * The token check. LanguageTool clients have no header setting, but most
 * have an API-key field (LibreOffice, LTeX, the browser add-on's premium
 * login), so the token is also read from `apiKey`. Compared in constant
 * time, through digests so that the lengths do not leak either.
 */
export function checkToken(options: AccessOptions, request: IncomingMessage, apiKey: string | undefined): void {
  if (options.token === undefined) return;
  const header = request.headers.authorization;
  const bearer = header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
  const given = bearer ?? apiKey;
  if (given === undefined)
    throw new HttpError(403, 'This server needs a token: send it as "Authorization: Bearer <token>" or as the apiKey parameter');
  const expected = createHash('sha256').update(options.token).digest();
  if (!timingSafeEqual(createHash('sha256').update(given).digest(), expected)) throw new HttpError(403, 'Wrong token');
}

/**
 * The CORS headers for a response, when the request's origin is allowed:
 * only what LanguageTool's web clients use (GET and POST with a form or
 * JSON body, and an Authorization header for the token).
 */
export function setCorsHeaders(options: AccessOptions, request: IncomingMessage, response: ServerResponse): boolean {
  const origin = request.headers.origin;
  if (origin === undefined || options.allowedOrigins.length === 0) return false;
  const anyOrigin = options.allowedOrigins.includes('*');
  if (!anyOrigin && !options.allowedOrigins.includes(origin)) return false;
  response.setHeader('Access-Control-Allow-Origin', anyOrigin ? '*' : origin);
  response.setHeader('Vary', 'Origin');
  response.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
  response.setHeader('Access-Control-Allow-Headers', 'Content-Type, Authorization');
  response.setHeader('Access-Control-Max-Age', '600');
  return true;
}
