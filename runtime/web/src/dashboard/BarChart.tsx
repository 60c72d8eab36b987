// A horizontal bar chart in plain SVG (no chart library): one row per category, series stacked or side by side,
// values in the user's digits. The chart is an image for screen readers; the table beside it carries the figures.
import { useEffect, useRef, useState } from 'react';
import { formatNumber } from '../i18n/format';

export interface Series {
  key: string;
  label: string;
}

const palette = ['#0b5394', '#e69138', '#38761d', '#a61c00', '#674ea7', '#45818e', '#bf9000', '#741b47'];

/** The colour of the n-th series (the legend and the bars use the same). */
export const seriesColor = (i: number): string => palette[i % palette.length]!;

export function BarChart({ id, title, rows, series, values, stacked, lang }: { id: string; title: string; rows: { key: string; label: string }[]; series: Series[]; values: (row: string, series: string) => number; stacked: boolean; lang: string }) {
  // Drawn at the figure's own width, so the texts keep their size on a phone and on a desktop.
  const ref = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(640);
  useEffect(() => {
    const figure = ref.current;
    if (!figure || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.max(280, Math.round(entry!.contentRect.width))));
    observer.observe(figure);
    return () => observer.disconnect();
  }, []);
  const labelWidth = Math.min(190, Math.round(width * 0.36));
  const valueWidth = 56;
  const barArea = width - labelWidth - valueWidth;
  const labelChars = Math.max(8, Math.floor(labelWidth / 7.5));
  const barHeight = stacked || series.length === 1 ? 22 : 12;
  const rowHeight = (stacked ? barHeight : barHeight * series.length) + 12;
  const height = Math.max(rowHeight * rows.length, rowHeight) + 24;
  const totals = rows.map((r) => (stacked ? series.reduce((sum, s) => sum + values(r.key, s.key), 0) : Math.max(0, ...series.map((s) => values(r.key, s.key)))));
  const max = Math.max(1, ...totals);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => Math.round(max * f));
  const x = (v: number) => (v / max) * barArea;
  return (
    <figure className="chart" id={id} ref={ref}>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title`} preserveAspectRatio="xMinYMin meet">
        <title id={`${id}-title`}>{title}</title>
        {ticks.map((tick, i) => (
          <g key={i} className="tick">
            <line x1={labelWidth + x(tick)} x2={labelWidth + x(tick)} y1={0} y2={height - 20} />
            <text x={labelWidth + x(tick)} y={height - 6} textAnchor="middle">
              {formatNumber(lang, tick)}
            </text>
          </g>
        ))}
        {rows.map((row, r) => {
          const y = r * rowHeight + 6;
          let offset = 0;
          return (
            <g key={row.key} className="bar-row" data-row={row.key}>
              <text className="row-label" x={labelWidth - 8} y={y + (rowHeight - 12) / 2 + 5} textAnchor="end">
                {row.label.length > labelChars ? `${row.label.slice(0, labelChars - 1)}…` : row.label}
              </text>
              {series.map((s, i) => {
                const value = values(row.key, s.key);
                const barX = labelWidth + (stacked ? x(offset) : 0);
                const barY = stacked ? y : y + i * barHeight;
                if (stacked) offset += value;
                return value > 0 ? (
                  <rect key={s.key} x={barX} y={barY} width={Math.max(1, x(value))} height={barHeight - 2} fill={seriesColor(i)} data-series={s.key} data-value={value}>
                    <title>{`${row.label} · ${s.label}: ${formatNumber(lang, value)}`}</title>
                  </rect>
                ) : null;
              })}
              {stacked || series.length === 1 ? (
                <text className="bar-value" x={labelWidth + x(totals[r]!) + 6} y={y + barHeight / 2 + 4}>
                  {formatNumber(lang, totals[r]!)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      {series.length > 1 ? (
        <figcaption>
          <ul className="legend">
            {series.map((s, i) => (
              <li key={s.key}>
                <span className="swatch" style={{ background: seriesColor(i) }} aria-hidden="true" />
                {s.label}
              </li>
            ))}
          </ul>
        </figcaption>
      ) : null}
    </figure>
  );
}
