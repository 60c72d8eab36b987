// A report as a table: what the JSON answer, the CSV and the XLSX export are made of.

export interface Column {
  key: string;
  label: string;
  numeric?: boolean;
}

export type Cell = string | number | null;

export interface Table {
  title: string;
  columns: Column[];
  rows: Record<string, Cell>[];
  /** The sums of the numeric columns (absent when there are no rows); exports add it as the last row. */
  totals?: Record<string, Cell>;
}

/** The rows an export writes: the rows, then the totals. */
export function exportRows(table: Table): Record<string, Cell>[] {
  return table.totals ? [...table.rows, table.totals] : table.rows;
}
