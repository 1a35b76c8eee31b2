import { isHanAt } from '../../text/characters.js';

/** Punctuation that belongs to Chinese text: a half-width mark or a space next to one of these is in Chinese context too. */
const CHINESE_PUNCTUATION = /[，。；：、！？“”‘’（）《》【】「」『』〔〕…—·]/u;

/** The spaces a draft types inside a line: half-width, tab, ideographic. */
export const SPACES = /[ \t\u3000]/u;

/** Han text or Chinese punctuation at `index`. */
export function isChineseCharacter(text: string, index: number): boolean {
  const character = text[index];
  return character !== undefined && (isHanAt(text, index) || CHINESE_PUNCTUATION.test(character));
}
