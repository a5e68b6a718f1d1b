/**
 * What the timeline's canvas needs from the page to look like the rest of the app: the theme's
 * colours (a canvas cannot read CSS variables, so they are read once when the chart is drawn) and
 * the hatching that marks a proposal. The hatching is drawn on a small canvas, which the
 * Content-Security-Policy allows; a data: image would do too, but needs no detour through a URL.
 */
import type { PatternObject } from 'echarts/core';
import { SHADING_COLOURS } from '../../../state/gap-timeline/timeline-chart-option.js';
import type { TimelineChartTheme } from '../../../state/gap-timeline/timeline-chart-option.js';

/** Used where a variable is missing (a test page without the app's stylesheet). */
const FALLBACK: TimelineChartTheme = {
  text: '#1d2530',
  muted: '#5d6876',
  border: '#d9dee5',
  surface: '#ffffff',
  bar: '#1f5fae',
  evidence: '#1d2530',
};

export function readChartTheme(element: Element): TimelineChartTheme {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    text: read('--text', FALLBACK.text),
    muted: read('--muted', FALLBACK.muted),
    border: read('--border', FALLBACK.border),
    surface: read('--surface', FALLBACK.surface),
    bar: read('--accent', FALLBACK.bar),
    evidence: read('--text', FALLBACK.evidence),
  };
}

const HATCH_SIZE = 8;

/** Diagonal stripes in the proposal colour, tiled as the proposal's fill. */
export function proposalHatch(): PatternObject | null {
  const canvas = document.createElement('canvas');
  canvas.width = HATCH_SIZE;
  canvas.height = HATCH_SIZE;
  const context = canvas.getContext('2d');
  if (context === null) {
    return null;
  }
  context.strokeStyle = SHADING_COLOURS.proposed;
  context.globalAlpha = 0.45;
  context.lineWidth = 1.5;
  context.beginPath();
  // One stripe corner to corner, and the two halves that continue it across the tile's edges.
  for (const offset of [-HATCH_SIZE, 0, HATCH_SIZE]) {
    context.moveTo(offset, HATCH_SIZE);
    context.lineTo(offset + HATCH_SIZE, 0);
  }
  context.stroke();
  return { image: canvas, repeat: 'repeat' };
}
