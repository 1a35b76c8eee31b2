import type { Formatter, StreamingFormatter } from '../results.js';
import github, { githubStream } from './github.js';
import json, { jsonStream } from './json.js';
import languagetool, { languagetoolStream } from './languagetool.js';
import sarif from './sarif.js';
import stylish, { stylishStream } from './stylish.js';

/** Output formats by name, for `--format`. */
export const FORMATTERS: Readonly<Record<string, Formatter>> = { stylish, json, sarif, github, languagetool };

/**
 * The formats that can be printed a file at a time. SARIF cannot: its list
 * of artifacts comes before the results, so the whole run is kept for it.
 */
export const STREAMING_FORMATTERS: Readonly<Partial<Record<string, StreamingFormatter>>> = {
  stylish: stylishStream,
  json: jsonStream,
  github: githubStream,
  languagetool: languagetoolStream,
};

export const FORMAT_NAMES = Object.keys(FORMATTERS);
