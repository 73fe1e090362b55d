import { useId } from 'react';
import { formatCount } from '../../../lib/format.ts';

export interface BarSeries {
  key: string;
  label: string;
  color: string;
}

export interface BarRow {
  key: string;
  label: string;
  /** One value per series, in the series' order. */
  values: number[];
}

interface BarChartProps {
  title: string;
  series: BarSeries[];
  rows: BarRow[];
  emptyText: string;
}

const WIDTH = 520;
const LABEL_WIDTH = 190;
const VALUE_WIDTH = 56;
const BAR = 14;
const GAP = 10;

function shorten(label: string, max = 34): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

/**
 * Horizontal grouped bars drawn as SVG, one group per row; a table with the same figures is there
 * for screen readers (and for anyone who prefers numbers).
 */
export function BarChart({ title, series, rows: allRows, emptyText }: BarChartProps) {
  const id = useId();
  // Rows with nothing to draw (units that received nothing) would bury the ones that matter.
  const rows = allRows.filter((row) => row.values.some((value) => value > 0));
  if (rows.length === 0) return <p className="chart__empty">{emptyText}</p>;
  const max = Math.max(1, ...rows.flatMap((row) => row.values));
  const groupHeight = series.length * BAR + GAP;
  const height = rows.length * groupHeight + GAP;
  const scale = (WIDTH - LABEL_WIDTH - VALUE_WIDTH) / max;
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${String(WIDTH)} ${String(height)}`}
        className="chart__svg"
        role="img"
        aria-labelledby={`${id}-title`}
      >
        <title id={`${id}-title`}>{title}</title>
        {rows.map((row, rowIndex) => {
          const top = GAP + rowIndex * groupHeight;
          return (
            <g key={row.key}>
              <text x={0} y={top + (series.length * BAR) / 2 + 4} className="chart__label">
                <title>{row.label}</title>
                {shorten(row.label)}
              </text>
              {row.values.map((value, index) => {
                const y = top + index * BAR;
                const width = Math.max(value > 0 ? 2 : 0, value * scale);
                return (
                  <g key={series[index]?.key ?? index}>
                    <rect
                      x={LABEL_WIDTH}
                      y={y}
                      width={width}
                      height={BAR - 2}
                      fill={series[index]?.color ?? '#0b4fd1'}
                      rx={2}
                    />
                    <text x={LABEL_WIDTH + width + 4} y={y + BAR - 3} className="chart__value">
                      {formatCount(value)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <figcaption className="chart__legend">
        {series.map((item) => (
          <span key={item.key} className="chart__legend-item">
            <span className="chart__swatch" style={{ background: item.color }} aria-hidden="true" />
            {item.label}
          </span>
        ))}
      </figcaption>
      <div className="sr-only">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{title}</th>
              {series.map((item) => (
                <th key={item.key} scope="col">
                  {item.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {row.values.map((value, index) => (
                  <td key={series[index]?.key ?? index}>{formatCount(value)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
