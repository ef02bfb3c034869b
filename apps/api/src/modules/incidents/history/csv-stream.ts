/**
 * Reads CSV records one at a time from a stream of text, with the same rules as core/csv.ts
 * (RFC 4180 quoting, doubled quotes, CRLF or LF, cells trimmed, blank lines skipped, a byte-order
 * mark ignored), so a file of any size is read in constant memory. Each record carries the line
 * of the file it starts on (line 1 is the header), which is how rejected rows are named.
 */
export type CsvRecord = { line: number; cells: string[] };

export async function* readCsvRecords(chunks: AsyncIterable<string | Buffer>): AsyncGenerator<CsvRecord> {
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let pendingQuote = false; // a quote seen at the end of a chunk inside a quoted cell
  let line = 1;
  let startLine = 1;
  let first = true;
  const out: CsvRecord[] = [];
  const endRow = (): void => {
    row.push(cell.trim());
    if (row.length > 1 || row[0] !== '') out.push({ line: startLine, cells: row });
    row = [];
    cell = '';
  };
  for await (const chunk of chunks) {
    let text = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    if (first) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    let i = 0;
    const n = text.length;
    if (pendingQuote) {
      pendingQuote = false;
      if (text[0] === '"') { cell += '"'; i = 1; }
      else quoted = false;
    }
    while (i < n) {
      const ch = text[i]!;
      if (quoted) {
        if (ch === '"') {
          if (i + 1 === n) { pendingQuote = true; i++; continue; }
          if (text[i + 1] === '"') { cell += '"'; i += 2; continue; }
          quoted = false;
        } else {
          if (ch === '\n') line++;
          cell += ch;
        }
        i++;
        continue;
      }
      if (ch === '"' && cell.trim() === '') { cell = ''; quoted = true; }
      else if (ch === ',') { row.push(cell.trim()); cell = ''; }
      else if (ch === '\n') { endRow(); line++; startLine = line; }
      else if (ch !== '\r') cell += ch;
      i++;
    }
    if (out.length) yield* out.splice(0, out.length);
  }
  if (pendingQuote) quoted = false;
  if (cell !== '' || row.length) endRow();
  yield* out;
}
