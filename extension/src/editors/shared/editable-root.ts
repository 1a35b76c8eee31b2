/**
 * The outermost element of the editable region holding `element` (the element
 * whose own parent is not editable). A document in design mode (KindEditor's,
 * CKEditor 4's frame) is editable up to `<html>`, but the writer's text is
 * its body: the head's markup and whitespace are not.
 */
export function editableRoot(element: Element): HTMLElement | undefined {
  let current: Element | null = element;
  let root: HTMLElement | undefined;
  while (current && (current as HTMLElement).isContentEditable) {
    root = current as HTMLElement;
    if (current === current.ownerDocument.body) break;
    current = current.parentElement;
  }
  return root;
}

/** The element matching `selector` that holds `element` (an editor's root), if the writer can type in it. */
export function editableAncestor(element: Element, selector: string): HTMLElement | undefined {
  const root = element.closest<HTMLElement>(selector);
  return root?.isContentEditable ? root : undefined;
}

/** An island the page marked non-editable inside an editable region (a mention, a widget, a node view): not the writer's running text. */
export function isNonEditableIsland(element: Element): boolean {
  return (element as HTMLElement).contentEditable === 'false';
}
