/**
 * The parameters of `/v2/check`, validated at the boundary with zod: the
 * ones LanguageTool documents, and the ones its clients send along (the
 * browser add-on, LibreOffice, LTeX), which are accepted and ignored. Any
 * other name is a 400 that names it, so a typo never passes silently.
 */
import { z } from 'zod';
import { type AnnotatedText, annotatedTextSchema, buildAnnotatedText, plainAnnotatedText } from './annotated-text.js';
import { badRequest } from './http-error.js';
import { checkLanguage } from './languages.js';

/** A comma-separated list in a form, or a JSON array. */
const listSchema = z.union([z.string(), z.array(z.string())]);
const flagSchema = z.union([z.boolean(), z.enum(['true', 'false', 'yes', 'no'])]);
/** Sent by some client for its own purposes; its value is never read. */
const ignored = z.unknown().optional();

const checkParametersSchema = z.strictObject({
  text: z.string().optional(),
  /** Annotated text: JSON in a string (form bodies), or the object itself (JSON bodies). */
  data: z.union([z.string(), z.record(z.string(), z.unknown())]).optional(),
  language: z.string().min(1).optional(),
  enabledRules: listSchema.optional(),
  disabledRules: listSchema.optional(),
  enabledCategories: listSchema.optional(),
  disabledCategories: listSchema.optional(),
  enabledOnly: flagSchema.optional(),
  level: z.enum(['default', 'picky']).optional(),
  // Documented by LanguageTool and without meaning here: one language, no user accounts or dictionaries.
  motherTongue: ignored,
  preferredVariants: ignored,
  username: ignored,
  /** With `--token`, a client that has only LanguageTool's API-key setting (LibreOffice, LTeX) sends the token here. */
  apiKey: z.string().optional(),
  dicts: ignored,
  // Sent by LanguageTool clients along with the documented ones.
  allowIncompleteResults: ignored,
  useragent: ignored,
  mode: ignored,
  textSessionId: ignored,
  noopLanguages: ignored,
  preferredLanguages: ignored,
  instanceId: ignored,
  ruleValues: ignored,
  enableHiddenRules: ignored,
  enableTempOffRules: ignored,
  tokenV2: ignored,
  sourceLanguage: ignored,
  sourceText: ignored,
});

export const KNOWN_CHECK_PARAMETERS = Object.keys(checkParametersSchema.shape);

export interface CheckRequest {
  document: AnnotatedText;
  enabledRules: string[];
  disabledRules: string[];
  enabledCategories: string[];
  disabledCategories: string[];
  enabledOnly: boolean;
  apiKey?: string;
}

/** Validates the parameters of one request; every problem is a 400 with LanguageTool's wording where it has one. */
export function parseCheckParameters(raw: Record<string, unknown>): CheckRequest {
  const parsed = checkParametersSchema.safeParse(raw);
  if (!parsed.success) throw badRequest(describeProblems(parsed.error));
  const parameters = parsed.data;
  if (parameters.text !== undefined && parameters.data !== undefined)
    throw badRequest("Set only 'text' or 'data' parameter, not both");
  if (parameters.text === undefined && parameters.data === undefined) throw badRequest("Missing 'text' or 'data' parameter");
  if (parameters.language === undefined) throw badRequest("Missing 'language' parameter");
  checkLanguage(parameters.language);
  const request: CheckRequest = {
    document: parameters.text !== undefined ? plainAnnotatedText(parameters.text) : parseData(parameters.data!),
    enabledRules: listOf(parameters.enabledRules),
    disabledRules: listOf(parameters.disabledRules),
    enabledCategories: listOf(parameters.enabledCategories),
    disabledCategories: listOf(parameters.disabledCategories),
    enabledOnly: parameters.enabledOnly === true || parameters.enabledOnly === 'true' || parameters.enabledOnly === 'yes',
    ...(parameters.apiKey !== undefined ? { apiKey: parameters.apiKey } : {}),
  };
  if (request.enabledOnly && (request.disabledRules.length > 0 || request.disabledCategories.length > 0)) {
    throw badRequest('You cannot specify disabled rules or categories using enabledOnly=true');
  }
  if (request.enabledOnly && request.enabledRules.length === 0 && request.enabledCategories.length === 0) {
    throw badRequest('You must specify enabled rules or categories when using enabledOnly=true');
  }
  return request;
}

function parseData(data: string | Record<string, unknown>): AnnotatedText {
  let value: unknown = data;
  if (typeof data === 'string') {
    try {
      value = JSON.parse(data);
    } catch {
      throw badRequest("Could not parse JSON from 'data' parameter");
    }
  }
  const parsed = annotatedTextSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` (at ${issue.path.join('.')})` : '';
    throw badRequest(`Invalid 'data'${where}: ${issue?.message ?? 'expected {"annotation": [...]}'}`);
  }
  return buildAnnotatedText(parsed.data);
}

function listOf(value: string | string[] | undefined): string[] {
  const items = typeof value === 'string' ? value.split(',') : (value ?? []);
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

function describeProblems(error: z.ZodError): string {
  const issue = error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    return `Unknown parameter${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `'${key}'`).join(', ')}. Known parameters: ${KNOWN_CHECK_PARAMETERS.join(', ')}`;
  }
  return `Invalid parameter '${issue.path.join('.')}': ${issue.message}`;
}
