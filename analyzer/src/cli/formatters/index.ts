import type { Formatter } from '../results.js';
import github from './github.js';
import json from './json.js';
import languagetool from './languagetool.js';
import sarif from './sarif.js';
import stylish from './stylish.js';

/** Output formats by name, for `--format`. */
export const FORMATTERS: Readonly<Record<string, Formatter>> = { stylish, json, sarif, github, languagetool };

export const FORMAT_NAMES = Object.keys(FORMATTERS);
