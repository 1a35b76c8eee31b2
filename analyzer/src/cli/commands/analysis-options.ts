/**
 * What the commands that analyse drafts (lint, outline, report) share: the
 * options that choose a document's settings, decoding and segmenter, spelled
 * and explained the same way in each command's --help, and the small steps
 * each of them takes with those options.
 */
import { type Command, Option } from 'commander';
import type { RuleFailure } from '../../core/analyze.js';
import type { BackendName } from '../../segmentation/node.js';
import { CONFIG_FILE_NAME } from '../config.js';
import type { CliIo } from '../io.js';
import { ANSI_COLORS, type Colors, NO_COLORS, shouldUseColor } from '../terminal.js';

export interface AnalysisOptions {
  config?: string;
  rule?: string[];
  language?: 'zh' | 'en';
  encoding?: string;
  backend?: BackendName;
}

/** Adds -c, -r, -l, --encoding and --backend; `languageUse` says what -l translates in this command. */
export function addAnalysisOptions(command: Command, languageUse: string): Command {
  return command
    .option('-c, --config <file>', `configuration file (default: the nearest ${CONFIG_FILE_NAME})`)
    .option('-r, --rule <id=severity>', 'set a rule to off, info, warning or error (repeatable)', collectRepeated)
    .addOption(new Option('-l, --language <language>', `language of ${languageUse}`).choices(['zh', 'en']))
    .option('--encoding <encoding>', 'decode text files with this encoding instead of detecting it (e.g. gb18030)')
    .addOption(new Option('--backend <backend>', 'segmenter backend').choices(['nodejieba', 'jieba-wasm']));
}

/** A repeatable option's values, in the order given. */
function collectRepeated(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** `TIANKONG_BACKEND=jieba-wasm` selects the WASM segmenter without a flag. */
export function backendFromEnv(env: Record<string, string | undefined>): BackendName {
  return env.TIANKONG_BACKEND === 'jieba-wasm' ? 'jieba-wasm' : 'nodejieba';
}

/** A rule that threw is reported on stderr and the run goes on without its findings. */
export function describeRuleFailure(path: string, failure: RuleFailure): string {
  return `tiankong: rule ${failure.rule} failed on ${path}: ${failure.message}\n`;
}

/** Colours for stdout, unless --no-color, NO_COLOR or a pipe says otherwise. */
export function outputColors(io: CliIo, colorFlag: boolean | undefined): Colors {
  return shouldUseColor({ isTTY: io.stdoutIsTTY, env: io.env, colorFlag }) ? ANSI_COLORS : NO_COLORS;
}
