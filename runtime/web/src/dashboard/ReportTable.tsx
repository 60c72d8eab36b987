// A report as a table: the server's translated column headers, numbers in the user's digits, and the totals row.
import { formatNumber } from '../i18n/format';

export interface ReportColumn {
  key: string;
  label: string;
  numeric?: boolean;
}
export type ReportRow = Record<string, string | number | null>;
export interface Report {
  title: string;
  columns: ReportColumn[];
  rows: ReportRow[];
  totals?: ReportRow;
}

export function ReportTable({ report, caption, lang, id }: { report: Report; caption: string; lang: string; id: string }) {
  const cell = (column: ReportColumn, value: unknown) => (column.numeric && typeof value === 'number' ? formatNumber(lang, value) : value === null || value === undefined ? '' : String(value));
  return (
    <div className="table-scroll">
      <table className="report-table" id={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {report.columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'numeric' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row, i) => (
            <tr key={i}>
              {report.columns.map((c) => (
                <td key={c.key} className={c.numeric ? 'numeric' : undefined} data-column={c.key}>
                  {cell(c, row[c.key])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {report.totals ? (
          <tfoot>
            <tr>
              {report.columns.map((c) => (
                <td key={c.key} className={c.numeric ? 'numeric' : undefined} data-column={c.key}>
                  {cell(c, report.totals![c.key])}
                </td>
              ))}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
