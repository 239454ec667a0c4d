import { s, uniqueId } from './dom.js';

/** Round axis steps (1, 2, 2.5, 5 × 10^n) from `min` (≤ 0) to at least `max`. */
export function niceTicks(min, max, count = 5) {
  const span = max - min || Math.abs(max) || 1;
  const rough = span / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough);
  const ticks = [];
  for (let tick = Math.floor(min / step) * step; tick < max + step * 0.999; tick += step) {
    ticks.push(Number(tick.toPrecision(12)));
  }
  return ticks;
}

/**
 * The frame every chart shares: an SVG group for the screen reader (title and description), marks that take
 * keyboard focus and announce their value, and a line under the chart showing the focused value.
 */
function chartFrame(width, height, title, description) {
  const titleId = uniqueId('title');
  const descriptionId = uniqueId('desc');
  // tabindex -1: Chromium would otherwise make the svg itself a tab stop before its marks.
  return s('svg', { viewBox: `0 0 ${width} ${height}`, tabindex: -1, role: 'group', 'aria-labelledby': titleId, 'aria-describedby': descriptionId },
    s('title', { id: titleId }, title),
    s('desc', { id: descriptionId }, description));
}

function mark(tag, attributes, point) {
  return s(tag, {
    ...attributes,
    class: point.illustrative ? 'mark illustrative' : 'mark',
    tabindex: 0,
    role: 'img',
    'aria-label': `${point.label}: ${point.display}`,
    'data-label': point.label,
    'data-value': point.value,
  }, s('title', {}, `${point.label}: ${point.display}`));
}

// Charts are drawn for the width they get, up to this many CSS pixels; one SVG unit stays one pixel, so text keeps its size.
const widest = 640;

// Below this width the bar chart writes each label above its bar instead of beside it.
const narrow = 480;

/**
 * Vertical columns along a category axis (years). `points`: { label, value, display, illustrative }.
 * `format` prints axis values; `xLabel`/`yLabel` name the axes (the y label carries the unit).
 */
export function columnChart({ title, description, points, format, xLabel, yLabel, width: available = widest }) {
  const width = Math.min(widest, available);
  const height = 300;
  const margin = { top: 16, right: 12, bottom: 48, left: 64 };
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const values = points.map((point) => point.value);
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values));
  const low = ticks[0];
  const high = ticks[ticks.length - 1];
  const y = (value) => margin.top + plotHeight - ((value - low) / (high - low || 1)) * plotHeight;
  const slot = plotWidth / points.length;
  // A year label needs about 40 px.
  const labelEvery = Math.max(Math.ceil(points.length / 12), Math.ceil(40 / slot));

  const svg = chartFrame(width, height, title, description);
  for (const tick of ticks) {
    svg.append(
      s('line', { class: 'grid', x1: margin.left, x2: width - margin.right, y1: y(tick), y2: y(tick) }),
      s('text', { x: margin.left - 6, y: y(tick) + 4, 'text-anchor': 'end' }, format(tick)));
  }
  points.forEach((point, index) => {
    const x = margin.left + index * slot + slot * 0.15;
    const top = Math.min(y(point.value), y(0));
    svg.append(mark('rect', { x, y: top, width: slot * 0.7, height: Math.max(1, Math.abs(y(point.value) - y(0))) }, point));
    if (index % labelEvery === 0) {
      svg.append(s('text', { x: x + slot * 0.35, y: margin.top + plotHeight + 16, 'text-anchor': 'middle' }, point.label));
    }
  });
  svg.append(
    s('line', { class: 'axis', x1: margin.left, x2: width - margin.right, y1: y(0), y2: y(0) }),
    s('text', { class: 'axis-label', x: margin.left + plotWidth / 2, y: height - 8, 'text-anchor': 'middle' }, xLabel),
    s('text', { class: 'axis-label', x: 14, y: margin.top + plotHeight / 2, 'text-anchor': 'middle',
      transform: `rotate(-90 14 ${margin.top + plotHeight / 2})` }, yLabel));
  return svg;
}

/** Horizontal bars, one per category (nationalities), largest first, each labelled with its value. */
export function barChart({ title, description, points, format, xLabel, width: available = widest }) {
  const width = Math.min(widest, available);
  const stacked = width < narrow;
  const barHeight = 22;
  const gap = 8;
  // Narrow: the label takes a line of its own above the bar, and the bars the whole width.
  const labelLine = stacked ? 16 : 0;
  const row = labelLine + barHeight + gap;
  const margin = { top: 8, right: 72, bottom: 44, left: stacked ? 4 : 180 };
  const plotWidth = width - margin.left - margin.right;
  const height = margin.top + points.length * row + margin.bottom;
  const ticks = niceTicks(0, Math.max(0, ...points.map((point) => point.value)), stacked ? 3 : 5);
  const high = ticks[ticks.length - 1] || 1;
  const x = (value) => margin.left + (value / high) * plotWidth;
  const axisY = margin.top + points.length * row;

  const svg = chartFrame(width, height, title, description);
  for (const tick of ticks) {
    svg.append(
      s('line', { class: 'grid', x1: x(tick), x2: x(tick), y1: margin.top, y2: axisY }),
      s('text', { x: x(tick), y: axisY + 16, 'text-anchor': 'middle' }, format(tick)));
  }
  points.forEach((point, index) => {
    const top = margin.top + index * row + labelLine;
    svg.append(
      stacked
        ? s('text', { x: margin.left, y: top - 4 }, point.label)
        : s('text', { x: margin.left - 8, y: top + barHeight * 0.7, 'text-anchor': 'end' }, point.label),
      mark('rect', { x: margin.left, y: top, width: Math.max(1, x(point.value) - margin.left), height: barHeight }, point),
      s('text', { x: x(point.value) + 6, y: top + barHeight * 0.7 }, point.display + (point.illustrative ? '*' : '')));
  });
  svg.append(
    s('line', { class: 'axis', x1: margin.left, x2: margin.left, y1: margin.top, y2: axisY }),
    s('text', { class: 'axis-label', x: margin.left + plotWidth / 2, y: height - 6, 'text-anchor': 'middle' }, xLabel));
  return svg;
}
