// CSV as spreadsheets expect it: UTF-8 with a byte order mark, CRLF lines, RFC 4180 quoting (pure, unit-tested).

/** The byte order mark Excel needs to read UTF-8. */
export const bom = '\uFEFF';

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) || /^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Rows to CSV text (with BOM, CRLF after every row). */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return bom + rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}

/** One parsed row and the line it starts on (1-based, counting the header). */
export interface CsvRow {
  line: number;
  cells: string[];
}

/** Parses CSV text (BOM optional; CRLF, LF or CR line ends; quoted cells may hold commas, quotes and line breaks). */
export function parseCsv(text: string): { rows: CsvRow[]; error?: { line: number; message: 'unclosedQuote' | 'textAfterQuote' } } {
  const source = text.startsWith(bom) ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  let quoted = false;
  let afterQuote = false;
  const endRow = () => {
    cells.push(cell);
    // A blank line is no row.
    if (!(cells.length === 1 && cells[0] === '')) rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
    afterQuote = false;
  };
  while (i < source.length) {
    const c = source[i]!;
    if (quoted) {
      if (c === '"') {
        if (source[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        afterQuote = true;
        i++;
        continue;
      }
      if (c === '\n' || (c === '\r' && source[i + 1] !== '\n')) line++;
      cell += c;
      i++;
      continue;
    }
    if (c === '"' && cell === '' && !afterQuote) {
      quoted = true;
      i++;
      continue;
    }
    if (c === ',') {
      cells.push(cell);
      cell = '';
      afterQuote = false;
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      endRow();
      i += c === '\r' && source[i + 1] === '\n' ? 2 : 1;
      line++;
      rowLine = line;
      continue;
    }
    if (afterQuote) return { rows, error: { line, message: 'textAfterQuote' } };
    cell += c;
    i++;
  }
  if (quoted) return { rows, error: { line: rowLine, message: 'unclosedQuote' } };
  if (cell !== '' || cells.length > 0 || afterQuote) endRow();
  return { rows };
}
