import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkReplacement, expectedText, type Replacement } from '../../src/editors/shared/replacement.js';

/** A text with a span inside it and the text to put there (Chinese, ASCII and astral characters alike). */
const textAndReplacement = fc
  .tuple(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 6 }), fc.nat(), fc.nat())
  .map(([before, text, start, span]): { before: string; replacement: Replacement } => {
    const offset = start % (before.length + 1);
    const length = span % (before.length - offset + 1);
    return { before, replacement: { offset, length, text } };
  });

describe('expectedText', () => {
  test('keeps what is before and after the span and puts the new text in between', () => {
    fc.assert(
      fc.property(textAndReplacement, ({ before, replacement }) => {
        const after = expectedText(before, replacement);
        const { offset, length, text } = replacement;
        expect(after.length).toBe(before.length - length + text.length);
        expect(after.slice(0, offset)).toBe(before.slice(0, offset));
        expect(after.slice(offset, offset + text.length)).toBe(text);
        expect(after.slice(offset + text.length)).toBe(before.slice(offset + length));
      }),
    );
  });
});

describe('checkReplacement', () => {
  test('the expected text is applied', () => {
    fc.assert(
      fc.property(textAndReplacement, ({ before, replacement }) => {
        expect(checkReplacement(before, expectedText(before, replacement), replacement)).toBe('applied');
      }),
    );
  });

  test('the old text is unchanged, unless the fix changes nothing', () => {
    fc.assert(
      fc.property(textAndReplacement, ({ before, replacement }) => {
        const noOp = expectedText(before, replacement) === before;
        expect(checkReplacement(before, before, replacement)).toBe(noOp ? 'applied' : 'unchanged');
      }),
    );
  });

  test('any other text is damaged', () => {
    fc.assert(
      fc.property(textAndReplacement, fc.string({ maxLength: 40 }), ({ before, replacement }, after) => {
        fc.pre(after !== before && after !== expectedText(before, replacement));
        expect(checkReplacement(before, after, replacement)).toBe('damaged');
      }),
    );
  });

  test('the fix applied twice, or at the caret with the old word left, is damaged', () => {
    fc.assert(
      fc.property(textAndReplacement, ({ before, replacement }) => {
        const once = expectedText(before, replacement);
        const twice = expectedText(once, { ...replacement, length: 0 });
        fc.pre(replacement.text !== '');
        expect(checkReplacement(before, twice, replacement)).toBe('damaged');
        expect(checkReplacement(before, before + replacement.text, replacement)).toBe(
          before + replacement.text === once ? 'applied' : 'damaged',
        );
      }),
    );
  });

  test('a fix that also took characters outside its span, as Trix did to 使局部机关各项, is damaged', () => {
    const before = '使局部机关各项';
    const replacement = { offset: 5, length: 1, text: '' };
    expect(checkReplacement(before, '使局机关项', replacement)).toBe('damaged');
    expect(checkReplacement(before, '使局部机关项', replacement)).toBe('applied');
  });
});
