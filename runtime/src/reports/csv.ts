// CSV for Excel and LibreOffice: UTF-8 with a byte order mark (so Gujarati, Bengali, Urdu show correctly), CRLF lines,
// RFC 4180 quoting, and text that a spreadsheet would run as a formula neutralised.
import { exportRows, type Table } from './table';

export const bom = '\uFEFF';

/** One CSV field: quoted when it holds a comma, quote, line break or outer spaces; quotes doubled. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  // A cell starting with = + - @ (or tab / CR) would be run as a formula by Excel: keep it text.
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The table as CSV text (header row of column labels, then the rows), starting with the BOM. */
export function toCsv(table: Table): string {
  const lines = [table.columns.map((c) => csvField(c.label)), ...exportRows(table).map((row) => table.columns.map((c) => csvField(row[c.key])))];
  return bom + lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}
