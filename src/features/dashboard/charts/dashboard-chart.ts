/**
 * The dashboard's one chart library, uPlot (docs/DASHBOARD.md: the smallest of the three measured), loaded
 * only by this module, which the dashboard imports dynamically: no other route downloads it. Canvas output is
 * invisible to screen readers, so the canvas is hidden from them: each chart's table and sentence say the same.
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface StackedBarsData {
  /** Short label of each bar (bucket). */
  labels: readonly string[];
  /** Bottom to top; a suppressed count is given as 0 (the table says "< threshold"). */
  series: readonly { label: string; color: string; values: readonly number[] }[];
}

export interface ChartColors {
  axis: string;
  grid: string;
  font: string;
}

export interface DrawnChart {
  setWidth(width: number): void;
  destroy(): void;
}

const HEIGHT_EM = 14;

/** Stacked bars: each series drawn as its running total, the tallest first so the lower ones stay in front. */
export function drawStackedBars(el: HTMLElement, data: StackedBarsData, colors: ChartColors): DrawnChart {
  const xs = data.labels.map((_, index) => index);
  const running: number[][] = [];
  data.series.forEach((series, s) => {
    running.push(series.values.map((value, i) => value + (s > 0 ? (running[s - 1]?.[i] ?? 0) : 0)));
  });
  const order = data.series.map((_, s) => s).reverse();
  const fontPx = parseFloat(colors.font) || 16;
  const bars = uPlot.paths.bars?.({ size: [0.7, 80] });
  const options: uPlot.Options = {
    width: Math.max(200, el.clientWidth),
    height: Math.round(fontPx * HEIGHT_EM),
    legend: { show: false },
    cursor: { show: false },
    scales: {
      x: { time: false, range: [-0.5, Math.max(0.5, xs.length - 0.5)] },
      y: { range: (_u, _min, max) => [0, Math.max(1, max) * 1.1] },
    },
    axes: [
      {
        stroke: colors.axis,
        font: `${Math.round(fontPx * 0.8)}px system-ui, sans-serif`,
        grid: { show: false },
        ticks: { show: false },
        space: fontPx * 4,
        incrs: [1, 2, 3, 4, 6, 12],
        values: (_u, splits) => splits.map((value) => data.labels[value] ?? ''),
      },
      {
        stroke: colors.axis,
        font: `${Math.round(fontPx * 0.8)}px system-ui, sans-serif`,
        grid: { stroke: colors.grid, width: 1 },
        ticks: { show: false },
        size: fontPx * 3,
      },
    ],
    series: [
      {},
      ...order.map((s) => ({
        label: data.series[s]?.label ?? '',
        fill: data.series[s]?.color,
        stroke: data.series[s]?.color,
        width: 0,
        paths: bars,
        points: { show: false },
      })),
    ],
  };
  const chart = new uPlot(options, [xs, ...order.map((s) => running[s] ?? [])], el);
  chart.root.setAttribute('aria-hidden', 'true');
  return {
    setWidth: (width) => chart.setSize({ width: Math.max(200, width), height: chart.height }),
    destroy: () => chart.destroy(),
  };
}
