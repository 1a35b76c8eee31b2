import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { domPositionAt, readDomText, textOffsetAt } from '../../src/editors/shared/dom-text.js';

function root(html: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body><div id="root">${html}</div></body></html>`);
  return document.getElementById('root')!;
}

describe('readDomText', () => {
  test('one line per paragraph, inline markup flattened', () => {
    expect(readDomText(root('<p>使规章制度<b>达</b>项。</p><p>第二段</p>')).text).toBe('使规章制度达项。\n第二段');
  });

  test('an empty paragraph is an empty line; a filler <br> keeping it open adds nothing', () => {
    expect(readDomText(root('<p>甲</p><p><br></p><p>乙</p>')).text).toBe('甲\n\n乙');
  });

  test('<br> inside a paragraph breaks the line; a trailing one does not', () => {
    expect(readDomText(root('<p>甲<br>乙<br></p><p>丙</p>')).text).toBe('甲\n乙\n丙');
  });

  test('nested blocks (lists, quotes, cells) give one line each, no blank lines between', () => {
    const text = readDomText(root('<ul><li><p>一是</p></li><li><p>二是</p></li></ul><blockquote><p>引文</p></blockquote>')).text;
    expect(text).toBe('一是\n二是\n引文');
  });

  test('zero-width fillers are left out, and offsets skip them', () => {
    const domText = readDomText(root('<p>年\u200B\u200B月\uFEFF日</p>'));
    expect(domText.text).toBe('年月日');
    const day = domPositionAt(domText, 2, 'start')!;
    expect(day.node.data[day.offset]).toBe('日');
  });

  test('editor machinery is skipped by the adapter’s predicate', () => {
    const domText = readDomText(root('<p>正文<span class="cursor">\u200B光标</span>继续</p><p data-placeholder>请输入</p>'), {
      skip: (element) => element.classList.contains('cursor') || element.hasAttribute('data-placeholder'),
    });
    expect(domText.text).toBe('正文继续');
  });

  test('scripts, styles and non-text elements never contribute', () => {
    expect(readDomText(root('<p>甲<script>var a = 1;</script><style>p{}</style>乙</p>')).text).toBe('甲乙');
  });
});

describe('offsets ⇄ DOM positions', () => {
  const domText = readDomText(root('<p>达<b>项</b>目</p><p>第二段</p>'));

  test('each offset maps into the text node holding that character', () => {
    for (let offset = 0; offset < domText.text.length; offset++) {
      if (domText.text[offset] === '\n') continue;
      const position = domPositionAt(domText, offset, 'start')!;
      expect(position.node.data[position.offset]).toBe(domText.text[offset]);
      expect(textOffsetAt(domText, position.node, position.offset)).toBe(offset);
    }
  });

  test('a range end at a node boundary stays in the node before it', () => {
    const end = domPositionAt(domText, 1, 'end')!;
    expect(end.node.data).toBe('达');
    expect(end.offset).toBe(1);
    const start = domPositionAt(domText, 1, 'start')!;
    expect(start.node.data).toBe('项');
    expect(start.offset).toBe(0);
  });

  test('a line break between paragraphs maps to the next paragraph’s start when starting a range', () => {
    const position = domPositionAt(domText, 3, 'start')!;
    expect(position.node.data).toBe('第二段');
    expect(position.offset).toBe(0);
  });
});
