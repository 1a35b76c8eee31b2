/** The outermost element of the editable region holding `element` (the element whose own parent is not editable). */
export function editableRoot(element: Element): HTMLElement | undefined {
  let current: Element | null = element;
  let root: HTMLElement | undefined;
  while (current && (current as HTMLElement).isContentEditable) {
    root = current as HTMLElement;
    current = current.parentElement;
  }
  return root;
}
