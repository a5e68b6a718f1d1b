/**
 * Owns one ECharts instance on a div: created when the div mounts, redrawn when the timeline
 * changes, resized with its box, disposed when it unmounts (ECharts keeps listeners and a canvas
 * per instance, so a forgotten dispose leaks both).
 *
 * Only the pieces the timeline draws are registered, so the bundle carries bars, scatter, grids,
 * titles, the canvas tooltip, zoom and mark areas, and nothing else of ECharts.
 */
import { BarChart, ScatterChart } from 'echarts/charts';
import { DataZoomInsideComponent, DataZoomSliderComponent, GridComponent, MarkAreaComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import type { ECElementEvent, EChartsType } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import { timelineChartOption } from '../../../state/gap-timeline/timeline-chart-option.js';
import { targetOf } from '../../../state/gap-timeline/timeline-chart-target.js';
import type { TimelineChartTarget } from '../../../state/gap-timeline/timeline-chart-target.js';
import type { TimelineSeries } from '../../../state/gap-timeline/timeline-series.js';
import { proposalHatch, readChartTheme } from './chart-look.js';

use([BarChart, ScatterChart, GridComponent, TitleComponent, TooltipComponent, DataZoomInsideComponent, DataZoomSliderComponent, MarkAreaComponent, CanvasRenderer]);

export function useTimelineChart(container: RefObject<HTMLDivElement | null>, series: TimelineSeries, onTarget: (target: TimelineChartTarget) => void): void {
  const chart = useRef<EChartsType | null>(null);
  // Read at click time, so a click always resolves against what is drawn, and a new callback
  // does not mean a new chart.
  const latest = useRef({ series, onTarget });
  useEffect(() => {
    latest.current = { series, onTarget };
  });

  useEffect(() => {
    const element = container.current;
    if (element === null) {
      return undefined;
    }
    const instance = init(element, null, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (event: ECElementEvent) => {
      const target = targetOf(latest.current.series, event);
      if (target !== null) {
        latest.current.onTarget(target);
      }
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [container]);

  useEffect(() => {
    const instance = chart.current;
    const element = container.current;
    if (instance === null || element === null) {
      return;
    }
    // notMerge: rows come and go; merging would keep the grids of rows that are gone.
    instance.setOption(timelineChartOption(series, readChartTheme(element), proposalHatch()), { notMerge: true });
  }, [container, series]);
}
