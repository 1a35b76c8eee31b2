import { defineRule } from '../core/rule.js';
import { isHanAt } from '../text/characters.js';

/** One pinyin syllable (toneless or with tone marks or a tone digit): initial + final, or a bare final. */
const PINYIN_SYLLABLE =
  '(?:(?:[bpmf]|[dtnl]|[gkh]|[jqx]|zh|ch|sh|[rzcsyw])?(?:[aāáǎà][io]?|[aāáǎà]ng?|[oōóǒò]u?|[oōóǒò]ng|[eēéěè][in]?|[eēéěè]ng|[eēéěè]r|[iīíǐì](?:[aāáǎà](?:o|n|ng)?|[eēéěè]|[oōóǒò]ng|[uūúǔù])?|[iīíǐì]ng?|[iīíǐì]n|[uūúǔù](?:[aāáǎà](?:i|n|ng)?|[oōóǒò]|[eēéěè]|[iīíǐì]|n)?|[uūúǔù]n|[üǖǘǚǜv](?:[eēéěè]|n)?)[1-5]?)';
/** A pinyin gloss after a character: 危（wei）险, 踔（chuō）厉. */
const PINYIN_GLOSS = new RegExp(`[（(]${PINYIN_SYLLABLE}(?: ${PINYIN_SYLLABLE}){0,3}[）)]`, 'gu');

export default defineRule<'pinyinGloss'>({
  meta: {
    id: 'pinyin-gloss',
    name: { zh: '拼音注音', en: 'Pinyin gloss' },
    category: 'style',
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    scope: 'paragraph',
    // Split from punctuation (issue 14): a config that sets punctuation sets this rule too.
    deprecatedIds: ['punctuation'],
    description: {
      zh: '正文里留着的拼音注音（危（wei）险、踔（chuō）厉）。',
      en: 'A pinyin gloss left in the text (危（wei）险, 踔（chuō）厉).',
    },
    messages: {
      pinyinGloss: {
        zh: '正文中留有拼音注音“{gloss}”，请删除。',
        en: 'A pinyin gloss “{gloss}” was left in the text; delete it.',
      },
    },
  },
  check({ document, report }) {
    for (const paragraph of document.paragraphs) {
      const text = paragraph.normalizedText;
      for (const match of text.matchAll(PINYIN_GLOSS)) {
        if (!isHanAt(text, match.index - 1)) continue;
        report({
          offset: paragraph.start + match.index,
          length: match[0].length,
          messageId: 'pinyinGloss',
          data: { gloss: match[0] },
          replacements: [''],
        });
      }
    }
  },
});
