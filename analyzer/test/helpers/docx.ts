import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

/** One paragraph of a test document: plain text, or runs with Word formatting. */
export type WordParagraph = string | Array<{ text: string; underline?: boolean; breakBefore?: boolean }> | { table: string[][] };

/** A .docx built in memory with the `docx` library, as Word would save it. */
export async function buildWordFile(paragraphs: readonly WordParagraph[]): Promise<Buffer> {
  const children = paragraphs.map((paragraph) => {
    if (typeof paragraph === 'string') return new Paragraph({ children: [new TextRun(paragraph)] });
    if ('table' in paragraph) {
      return new Table({
        rows: paragraph.table.map(
          (row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) }),
        ),
      });
    }
    return new Paragraph({
      children: paragraph.map(
        (run) =>
          new TextRun({
            text: run.text,
            ...(run.underline ? { underline: {} } : {}),
            ...(run.breakBefore ? { break: 1 } : {}),
          }),
      ),
    });
  });
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
