/**
 * The CLI's engine, as ESLint's `ESLint` class is to its CLI: what `lint`,
 * `outline` and `report` all do with a draft — read it, find its settings,
 * load the segmenter once, analyse it with the built-in rules — in one
 * place, so the three commands cannot drift apart. Printing stays in the
 * commands.
 */
import { type AnalyzeOptions, analyze } from '../built-in-rules.js';
import type { AnalysisResult } from '../core/analyze.js';
import { type BackendName, type LoadedSegmenter, loadSegmenter } from '../segmentation/node.js';
import type { AnalysisOptions } from './commands/analysis-options.js';
import { createSettingsResolver, type ResolvedSettings } from './config.js';
import {
  type Input,
  type InputOptions,
  type ListedInput,
  listInputs,
  loadInput,
  readInputs,
  type SkippedInput,
  STDIN_PATH,
} from './inputs/read.js';
import type { CliIo } from './io.js';

export interface EngineOptions extends AnalysisOptions {
  backend: BackendName;
}

export class Engine {
  readonly #io: CliIo;
  readonly #options: EngineOptions;
  readonly #settingsFor: (path: string | undefined) => ResolvedSettings;
  #loaded?: LoadedSegmenter;

  constructor(options: EngineOptions, io: CliIo) {
    this.#options = options;
    this.#io = io;
    // Reads and validates --config at once, so a broken config stops the run before any file is read.
    this.#settingsFor = createSettingsResolver(options);
  }

  get backend(): BackendName {
    return this.#options.backend;
  }

  /** The settings of one input: standard input's config file is looked for from the current directory. */
  settingsFor(path: string): ResolvedSettings {
    return this.#settingsFor(path === STDIN_PATH ? undefined : path);
  }

  /** Files, directories, globs or `-`, decoded (see inputs/read.ts). */
  readInputs(paths: readonly string[]): Promise<{ inputs: Input[]; skipped: SkippedInput[] }> {
    return readInputs(paths, this.#io, this.#inputOptions());
  }

  /** The inputs, each to be read when its turn comes (see inputs/read.ts). */
  listInputs(paths: readonly string[]): Promise<ListedInput[]> {
    return listInputs(paths, this.#io, this.#inputOptions());
  }

  /** One file or `-`; a file that is not a document comes back with the reason. */
  loadInput(path: string): Promise<Input | SkippedInput> {
    return loadInput(path, this.#io, this.#inputOptions());
  }

  /** The segmenter, loaded on first use (most of a second: jieba's dictionary) and kept for the run. */
  get segmenter(): LoadedSegmenter {
    this.#loaded ??= loadSegmenter(this.#options.backend);
    return this.#loaded;
  }

  /** The options `analyze` gets for text at `path`. */
  analyzeOptions(path: string): AnalyzeOptions {
    return { ...this.settingsFor(path).settings, segmenter: this.segmenter.segmenter };
  }

  /** `text` (by default the input's own) analysed with the settings of the input's path. */
  analyze(input: Pick<Input, 'path' | 'text'>, text: string = input.text): AnalysisResult {
    return analyze(text, this.analyzeOptions(input.path));
  }

  #inputOptions(): InputOptions {
    return { encoding: this.#options.encoding };
  }
}
