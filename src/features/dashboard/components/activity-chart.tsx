import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DrawnChart, StackedBarsData } from '../charts/dashboard-chart';

/** The theme's colours for the chart, read from the design tokens (so dark mode and the theme switch apply). */
function tokens(el: HTMLElement, count: number) {
  const style = getComputedStyle(el);
  const read = (name: string) => style.getPropertyValue(name).trim();
  return {
    colors: { axis: read('--c-muted'), grid: read('--c-border'), font: style.fontSize },
    series: Array.from({ length: count }, (_, i) => read(`--c-chart-${i + 1}`)),
  };
}

type ChartState = 'loading' | 'ready' | 'failed';

/**
 * Draws the activity's stacked bars with the lazily loaded chart module, again on a theme change or a resize.
 * When the module cannot load (offline on a device that never opened the dashboard online) it says so: the
 * table next to it holds every figure.
 */
export function ActivityChart({
  data,
}: {
  data: Omit<StackedBarsData, 'series'> & { series: { label: string; values: number[] }[] };
}) {
  const { t } = useTranslation('dashboard');
  const ref = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<ChartState>('loading');

  useEffect(() => {
    let cancelled = false;
    let chart: DrawnChart | undefined;
    const stops: (() => void)[] = [];
    import('../charts/dashboard-chart').then(
      ({ drawStackedBars }) => {
        const el = ref.current;
        if (cancelled || !el) return;
        // A browser without canvas or observers (an old WebView, jsdom) keeps the table and the sentence.
        if (typeof ResizeObserver === 'undefined' || !document.createElement('canvas').getContext?.('2d')) {
          setState('failed');
          return;
        }
        const draw = () => {
          chart?.destroy();
          const { colors, series } = tokens(el, data.series.length);
          chart = drawStackedBars(
            el,
            {
              labels: data.labels,
              series: data.series.map((item, i) => ({ ...item, color: series[i] ?? colors.axis })),
            },
            colors,
          );
        };
        draw();
        setState('ready');
        const resize = new ResizeObserver(() => chart?.setWidth(el.clientWidth));
        resize.observe(el);
        const theme = new MutationObserver(draw);
        theme.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'style'] });
        const scheme = matchMedia('(prefers-color-scheme: dark)');
        scheme.addEventListener('change', draw);
        stops.push(
          () => resize.disconnect(),
          () => theme.disconnect(),
          () => scheme.removeEventListener('change', draw),
        );
      },
      () => !cancelled && setState('failed'),
    );
    return () => {
      cancelled = true;
      stops.forEach((stop) => stop());
      chart?.destroy();
    };
  }, [data]);

  return (
    <div className="dash-chart">
      <div ref={ref} className="dash-chart__canvas" />
      {state === 'loading' && <p className="muted">{t('chart.loading')}</p>}
      {state === 'failed' && <p className="muted">{t('chart.unavailable')}</p>}
    </div>
  );
}
