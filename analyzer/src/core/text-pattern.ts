/**
 * Text patterns written in settings (`placeholderPatterns`): a plain string
 * matches itself literally, so a clerk can list `【单位名称】` without
 * knowing regular expressions; `/source/flags` is a regular expression for
 * those who do (`/〔\s*〕号/`). Patterns are always matched globally and in
 * Unicode mode.
 */

const REGEX_LITERAL = /^\/(.+)\/([a-z]*)$/su;
/** `g` and `u` are always on; `y` and `d` would change what a match means. */
const ALLOWED_FLAGS = new Set(['i', 'm', 's', 'u', 'v']);

/** Why `source` is not a usable pattern, or undefined when it is. */
export function textPatternProblem(source: string): string | undefined {
  if (source.length === 0) return 'a pattern must not be empty';
  const literal = REGEX_LITERAL.exec(source);
  if (!literal) return undefined;
  const flags = literal[2]!;
  for (const flag of flags) {
    if (!ALLOWED_FLAGS.has(flag)) return `flag "${flag}" is not allowed in /${literal[1]}/${flags}; allowed flags: i, m, s, u, v`;
  }
  let expression: RegExp;
  try {
    expression = compileTextPattern(source);
  } catch (error) {
    return `invalid regular expression /${literal[1]}/${flags}: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (expression.test('')) return `/${literal[1]}/${flags} matches the empty text; a placeholder must be at least one character`;
  return undefined;
}

/** The global, Unicode-aware RegExp for a pattern; throws SyntaxError on an invalid regular expression. */
export function compileTextPattern(source: string): RegExp {
  const literal = REGEX_LITERAL.exec(source);
  if (!literal) return new RegExp(source.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&'), 'gu');
  const flags = new Set(literal[2]!);
  flags.add('g');
  if (!flags.has('v')) flags.add('u');
  return new RegExp(literal[1]!, [...flags].join(''));
}
