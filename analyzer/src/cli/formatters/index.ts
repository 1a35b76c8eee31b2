import type { Formatter } from '../results.js';
import json from './json.js';
import stylish from './stylish.js';

/** Output formats by name, for `--format`. */
export const FORMATTERS: Readonly<Record<string, Formatter>> = { json, stylish };

export const FORMAT_NAMES = Object.keys(FORMATTERS);
