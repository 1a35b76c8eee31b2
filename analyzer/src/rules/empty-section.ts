import { defineRule } from '../core/rule.js';
import type { OutlineNode } from '../outline/types.js';

type MessageId = 'emptySection';

/**
 * A heading or enumerated item with nothing under it: the next item at the
 * same or a higher level follows straight after its title
 * (四是深入开展专项行动,保障群众健康 五是…). Templates lose a section's body when
 * a paragraph is cut or two lines are glued together.
 *
 * Judged against the siblings: a list whose items are all bare titles (the
 * phases of a 实施方案, 一是…；二是…；) is a list, not a row of holes, so an
 * item is reported only when most of its siblings (at least two) have
 * content. A title that ends in 。 or ；, or runs as long as a sentence, is
 * a complete statement and counts as its own content. Sidebar and
 * attachment labels (专栏1, 附件2) head blocks, not sections.
 */
export default defineRule<MessageId>({
  meta: {
    id: 'empty-section',
    name: { zh: '空标题', en: 'Empty section' },
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: false,
    scope: 'document',
    description: {
      zh: '标题或条目下没有内容，紧接着就是下一项。',
      en: 'A heading or enumerated item with no content before the next item.',
    },
    messages: {
      emptySection: {
        zh: '“{title}”下面没有内容，紧接着就是下一项；请补上这一部分或删去标题。',
        en: '“{title}” has no content before the next item; write the section or remove the heading.',
      },
    },
  },
  check({ document, report }) {
    const visit = (node: OutlineNode, siblings: readonly OutlineNode[]) => {
      if (!node.hasContent && node.title !== '' && node.family !== 'block' && siblingsHaveContent(node, siblings)) {
        report({
          offset: node.markerOffset,
          length: node.titleOffset + node.title.length - node.markerOffset,
          messageId: 'emptySection',
          data: { title: node.marker + node.title },
        });
      }
      for (const child of node.children) visit(child, node.children);
    };
    for (const outlineDocument of document.outline.documents) {
      for (const heading of outlineDocument.headings) visit(heading, outlineDocument.headings);
    }
  },
});

/** At least two other items of the same list, and at least two thirds of them, have content. */
function siblingsHaveContent(node: OutlineNode, siblings: readonly OutlineNode[]): boolean {
  const others = siblings.filter((sibling) => sibling !== node && sibling.sequenceKey === node.sequenceKey);
  const withContent = others.filter((sibling) => sibling.hasContent).length;
  return withContent >= 2 && withContent * 3 >= others.length * 2;
}
