/**
 * The text of a textarea laid out again, one block per line, inside the
 * extension's shadow root. One block per line (not one text node for the
 * whole value) lets the browser lay out only the line that changed on each
 * keystroke, which matters in a 100,000-character draft.
 */
export class TextareaMirror {
  readonly element: HTMLDivElement;
  private value: string | undefined;
  private lines: string[] = [];
  private readonly blocks: HTMLDivElement[] = [];
  private readonly texts: Text[] = [];
  /** Offset of each line's first character in the value. */
  private starts: number[] = [];

  constructor(private readonly document: Document) {
    this.element = document.createElement('div');
    this.element.setAttribute('aria-hidden', 'true');
    this.setText('');
  }

  get length(): number {
    const last = this.lines.length - 1;
    return (this.starts[last] ?? 0) + (this.lines[last]?.length ?? 0);
  }

  /** Updates the mirror to `value`, touching only the lines that changed. */
  setText(value: string): void {
    if (value === this.value) return;
    this.value = value;
    const next = value.split('\n');
    const previous = this.lines;
    if (previous.length === next.length && previous.every((line, index) => line === next[index])) return;
    let prefix = 0;
    const shorter = Math.min(previous.length, next.length);
    while (prefix < shorter && previous[prefix] === next[prefix]) prefix++;
    let suffix = 0;
    while (suffix < shorter - prefix && previous[previous.length - 1 - suffix] === next[next.length - 1 - suffix]) suffix++;
    const removed = this.blocks.splice(prefix, previous.length - prefix - suffix);
    this.texts.splice(prefix, removed.length);
    for (const block of removed) block.remove();
    const added = next.slice(prefix, next.length - suffix).map((line) => this.block(line));
    const before = this.blocks[prefix] ?? null;
    for (const { block } of added) this.element.insertBefore(block, before);
    this.blocks.splice(prefix, 0, ...added.map((entry) => entry.block));
    this.texts.splice(prefix, 0, ...added.map((entry) => entry.text));
    this.lines = next;
    this.starts = new Array(next.length);
    let offset = 0;
    for (let index = 0; index < next.length; index++) {
      this.starts[index] = offset;
      offset += next[index]!.length + 1;
    }
  }

  private block(line: string): { block: HTMLDivElement; text: Text } {
    const block = this.document.createElement('div');
    const text = this.document.createTextNode(line);
    block.append(text);
    // An empty line still takes a line's height, as in the textarea.
    if (line === '') block.append(this.document.createElement('br'));
    return { block, text };
  }

  /** The text node and offset in it of a value offset (a line break maps to the end of its line). */
  position(offset: number): { node: Text; offset: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    const text = this.texts[low]!;
    return { node: text, offset: Math.min(offset - this.starts[low]!, text.length) };
  }

  range(offset: number, length: number): Range {
    const range = this.document.createRange();
    const start = this.position(offset);
    const end = this.position(offset + length);
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    return range;
  }
}
