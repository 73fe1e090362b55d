/**
 * The report's chart: throughput and p99 latency of every scenario, ours beside its baseline, as
 * two panels of horizontal bars on logarithmic axes (the scenarios span 100 to 100,000 per second),
 * written as plain SVG.
 */

export interface ChartBar {
  label: string;
  ours: number | undefined;
  baseline: number | undefined;
}

export interface ChartPanel {
  title: string;
  unit: string;
  bars: ChartBar[];
}

const WIDTH = 920;
const LABEL_WIDTH = 230;
const PLOT_WIDTH = WIDTH - LABEL_WIDTH - 90;
const ROW = 34;
const COLOURS = { ours: '#1f6feb', baseline: '#9aa4b2' };

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

function format(value: number): string {
  if (value >= 100) return Math.round(value).toLocaleString('en');
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

function panel(p: ChartPanel, top: number): { svg: string; height: number } {
  const values = p.bars.flatMap((b) => [b.ours, b.baseline]).filter((v): v is number => v !== undefined && v > 0);
  const lo = Math.pow(10, Math.floor(Math.log10(Math.min(...values, 1))));
  const hi = Math.pow(10, Math.ceil(Math.log10(Math.max(...values, 10))));
  const x = (v: number): number =>
    LABEL_WIDTH + ((Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))) * PLOT_WIDTH;
  const height = 56 + p.bars.length * ROW + 24;
  const parts: string[] = [
    `<text x="12" y="${String(top + 22)}" font-size="15" font-weight="600">${escape(p.title)}</text>`,
  ];
  for (let tick = lo; tick <= hi; tick *= 10) {
    const tx = x(tick).toFixed(1);
    parts.push(
      `<line x1="${tx}" y1="${String(top + 40)}" x2="${tx}" y2="${String(top + height - 22)}" stroke="#e3e7ec"/>`,
      `<text x="${tx}" y="${String(top + height - 8)}" font-size="11" text-anchor="middle" fill="#57606a">${escape(tick >= 1 ? Math.round(tick).toLocaleString('en') : String(tick))}</text>`,
    );
  }
  p.bars.forEach((bar, i) => {
    const y = top + 44 + i * ROW;
    parts.push(
      `<text x="${String(LABEL_WIDTH - 8)}" y="${String(y + 17)}" font-size="12" text-anchor="end">${escape(bar.label)}</text>`,
    );
    const bars: [keyof typeof COLOURS, number | undefined, number][] = [
      ['ours', bar.ours, y + 2],
      ['baseline', bar.baseline, y + 16],
    ];
    for (const [kind, value, by] of bars) {
      if (value === undefined || value <= 0) continue;
      const w = Math.max(1, x(value) - LABEL_WIDTH);
      parts.push(
        `<rect x="${String(LABEL_WIDTH)}" y="${String(by)}" width="${w.toFixed(1)}" height="12" fill="${COLOURS[kind]}"/>`,
        `<text x="${(LABEL_WIDTH + w + 4).toFixed(1)}" y="${String(by + 10)}" font-size="10" fill="#24292f">${escape(`${format(value)} ${p.unit}`)}</text>`,
      );
    }
  });
  return { svg: parts.join('\n'), height };
}

/** The whole chart, with a legend; panels stacked. */
export function renderChart(panels: readonly ChartPanel[], caption: string): string {
  let top = 34;
  const body: string[] = [];
  for (const p of panels) {
    const drawn = panel(p, top);
    body.push(drawn.svg);
    top += drawn.height + 10;
  }
  const legend = [
    `<rect x="12" y="10" width="12" height="12" fill="${COLOURS.ours}"/><text x="30" y="20" font-size="12">Một Cửa</text>`,
    `<rect x="110" y="10" width="12" height="12" fill="${COLOURS.baseline}"/><text x="128" y="20" font-size="12">baseline (same run)</text>`,
    `<text x="${String(WIDTH - 12)}" y="20" font-size="11" text-anchor="end" fill="#57606a">${escape(caption)}</text>`,
  ];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${String(WIDTH)}" height="${String(top + 8)}" viewBox="0 0 ${String(WIDTH)} ${String(top + 8)}" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...legend,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}
