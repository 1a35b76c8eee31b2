/**
 * A request's parameters: the query string, and for POST the body, either
 * form-encoded (what every LanguageTool client sends) or JSON. The body is
 * read up to a byte limit and no further, so a client cannot make the
 * server hold a huge body in memory.
 */
import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-error.js';

export type Parameters = Record<string, unknown>;

/** The query string's parameters and, for POST, the body's (the body wins, as in LanguageTool). */
export async function readParameters(
  request: IncomingMessage,
  url: URL,
  maxBodyBytes: number,
  tooLong: string,
): Promise<Parameters> {
  const parameters: Parameters = searchParameters(url.searchParams);
  if (request.method !== 'POST') return parameters;
  const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  // No content type at all: LanguageTool reads the body as a form, and so do clients that omit it (curl --data-binary).
  if (type !== '' && type !== 'application/x-www-form-urlencoded' && type !== 'application/json') {
    await discard(request);
    throw new HttpError(
      415,
      `Unsupported content type '${type}': send the parameters as application/x-www-form-urlencoded (as LanguageTool clients do) or application/json`,
    );
  }
  const body = await readBody(request, maxBodyBytes, tooLong);
  if (type === 'application/json') return { ...parameters, ...parseJsonBody(body) };
  return { ...parameters, ...parseFormBody(body) };
}

/**
 * A form body. LibreOffice (7.4 at least) sends `text=<text>&language=…`
 * without encoding the text, so a `&`, `+` or `%` in the draft would split
 * or change it. An encoded form is pure ASCII and a Chinese draft never is:
 * a body with raw non-ASCII characters is read the way LibreOffice writes
 * it, the text verbatim up to its last `&language=`, so the offsets still
 * point at the draft's own characters.
 */
function parseFormBody(body: string): Parameters {
  const languageAt = body.lastIndexOf('&language=');
  if (body.startsWith('text=') && languageAt > 0 && /[^\x00-\x7f]/u.test(body)) {
    return { text: body.slice('text='.length, languageAt), ...searchParameters(new URLSearchParams(body.slice(languageAt + 1))) };
  }
  return searchParameters(new URLSearchParams(body));
}

function searchParameters(search: URLSearchParams): Parameters {
  const parameters: Parameters = {};
  for (const [key, value] of search) {
    if (Object.hasOwn(parameters, key)) throw new HttpError(400, `Parameter '${key}' is given more than once`);
    parameters[key] = value;
  }
  return parameters;
}

function parseJsonBody(body: string): Parameters {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    throw new HttpError(400, `The body is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new HttpError(400, 'A JSON body must be an object of parameters, such as {"text": "…", "language": "zh-CN"}');
  }
  return value as Parameters;
}

async function readBody(request: IncomingMessage, maxBytes: number, tooLong: string): Promise<string> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await discard(request);
    throw new HttpError(413, tooLong);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      await discard(request);
      throw new HttpError(413, tooLong);
    }
    chunks.push(chunk);
  }
  const bytes = Buffer.concat(chunks);
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  try {
    return text.decode(bytes);
  } catch {
    throw new HttpError(400, 'The body is not valid UTF-8');
  }
}

/**
 * Drops the rest of a body that is refused, so the answer reaches the
 * client: a server that answers and closes while the client is still
 * sending makes most clients report a broken connection instead.
 */
function discard(request: IncomingMessage): Promise<void> {
  if (request.readableEnded) return Promise.resolve();
  return new Promise((resolve) => {
    request.on('end', resolve);
    request.on('error', () => resolve());
    request.on('close', resolve);
    request.resume();
  });
}
