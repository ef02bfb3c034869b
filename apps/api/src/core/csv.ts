/**
 * A small RFC 4180 CSV reader and writer: quoted fields, doubled quotes, CRLF or LF, cells trimmed.
 * The one CSV code of the project: CLI files, shipped data, evaluation fixtures.
 */

/** Parses CSV text into rows of trimmed cells (blank lines skipped). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const n = text.length;
  if (text.charCodeAt(0) === 0xfeff) i = 1; // byte-order mark
  const endRow = (): void => {
    row.push(cell.trim());
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
    cell = '';
  };
  while (i < n) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') { cell += '"'; i += 2; continue; }
        quoted = false;
      } else cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell.trim() === '') { cell = ''; quoted = true; }
    else if (ch === ',') { row.push(cell.trim()); cell = ''; }
    else if (ch === '\n') endRow();
    else if (ch !== '\r') cell += ch;
    i++;
  }
  if (cell !== '' || row.length) endRow();
  return rows;
}

/** One CSV line (with the newline): cells quoted only when they need it. */
export function csvLine(cells: (string | number)[]): string {
  return `${cells.map((c) => {
    const s = String(c);
    return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
  }).join(',')}\n`;
}

/** Parses CSV text with a header row into records keyed by column name ('' for a missing cell). */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((cells) => Object.fromEntries(header.map((column, i) => [column, cells[i] ?? ''])));
}
