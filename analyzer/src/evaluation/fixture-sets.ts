/**
 * The evaluation sets under `fixtures/`, read from disk for `npm run eval` and
 * for the quality tests, so both see the same documents.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { type GoldSpan, goldSpanSchema } from './score.js';

export const FIXTURES_DIRECTORY = join(import.meta.dirname, '../../../fixtures');

export interface EvaluationDocument {
  /** The file name, as the gold spans' `doc` names it. */
  name: string;
  text: string;
}

/** The `.txt` documents of `fixtures/<folder>`, sorted by name. */
export function readDocuments(folder: string, names?: readonly string[]): EvaluationDocument[] {
  const directory = join(FIXTURES_DIRECTORY, folder);
  const files = names ?? readdirSync(directory).filter((file) => file.endsWith('.txt'));
  return [...files].sort().map((name) => ({ name, text: readFileSync(join(directory, name), 'utf8') }));
}

/** The hand-labelled gold spans of a set (`fixtures/gold/<set>.gold.jsonl`). */
export function readGoldSpans(set: string): GoldSpan[] {
  return readFileSync(join(FIXTURES_DIRECTORY, 'gold', `${set}.gold.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => goldSpanSchema.parse(JSON.parse(line)));
}

export const OFFICIAL_HALVES = ['tuning', 'check'] as const;
export type OfficialHalf = (typeof OFFICIAL_HALVES)[number];

const halvesSchema = z.object({ tuning: z.array(z.string()), check: z.array(z.string()) });

/**
 * One fixed half of the correct official documents (`fixtures/official/halves.json`).
 * Rules and data learn from `tuning` only; `check` is read only to confirm
 * that a fix generalises.
 */
export function readOfficialHalf(half: OfficialHalf): EvaluationDocument[] {
  const halves = halvesSchema.parse(JSON.parse(readFileSync(join(FIXTURES_DIRECTORY, 'official/halves.json'), 'utf8')));
  return readDocuments('official', halves[half]);
}

/**
 * More correct text for tuning, in genres the official corpus lacks (local
 * 办法 and 工作方案, news transcripts): `fixtures/official-more`, sources in its SOURCES.md.
 */
export function readMoreCorrectText(): EvaluationDocument[] {
  return readDocuments('official-more');
}
