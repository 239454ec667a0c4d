import { s, uniqueId } from './dom.js';

// A choropleth in SVG: areas projected to the widget's width, filled by class. Colours pass WCAG AA for graphics
// on white (3.5:1 to 13.9:1, darker = more); classes also differ by a white pattern, so colour is never the only
// cue; white outlines (3.5:1 or more against every fill) separate neighbours.

export const classColours = ['#5b8db8', '#41739f', '#2f5b88', '#1f436f', '#0f2c55'];

// Pattern of each class (same order): none, sparse dots, hatching, cross-hatching, dense dots.
const classPatterns = [
  null,
  (id) => s('pattern', { id, width: 7, height: 7, patternUnits: 'userSpaceOnUse' }, s('circle', { cx: 3.5, cy: 3.5, r: 1, fill: '#fff' })),
  (id) => s('pattern', { id, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    s('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#fff', 'stroke-width': 1 })),
  (id) => s('pattern', { id, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    s('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#fff', 'stroke-width': 1 }),
    s('line', { x1: 0, y1: 0, x2: 6, y2: 0, stroke: '#fff', 'stroke-width': 1 })),
  (id) => s('pattern', { id, width: 4, height: 4, patternUnits: 'userSpaceOnUse' }, s('circle', { cx: 2, cy: 2, r: 0.9, fill: '#fff' })),
];

const noFigurePattern = (id) => s('pattern', { id, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(-45)' },
  s('rect', { width: 6, height: 6, fill: '#fff' }),
  s('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#767676', 'stroke-width': 1 }));

/**
 * Up to five classes of equal count (quantiles) over the values; fewer when there are fewer distinct values.
 * Returns the upper bound of each class; a value belongs to the first class whose bound is not below it.
 */
export function quantileBreaks(values, count = classColours.length) {
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  if (sorted.length === 0) {
    return [];
  }
  const classes = Math.min(count, sorted.length);
  const all = [...values].sort((a, b) => a - b);
  const breaks = [];
  for (let index = 1; index <= classes; index += 1) {
    const bound = all[Math.min(all.length - 1, Math.ceil((index / classes) * all.length) - 1)];
    if (breaks.length === 0 || bound > breaks[breaks.length - 1]) {
      breaks.push(bound);
    }
  }
  return breaks;
}

export function classOf(value, breaks) {
  const index = breaks.findIndex((bound) => value <= bound);
  return index < 0 ? breaks.length - 1 : index;
}

function eachPosition(geometry, visit) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (const position of ring) {
        visit(position);
      }
    }
  }
  return polygons;
}

/**
 * A projection for a city: plate carrée with longitudes shortened by the cosine of the middle latitude (true to
 * shape at city scale), fitted into `width` pixels and at most `maxHeight` (a tall city is narrower, centred).
 */
export function fitProjection(features, width, maxHeight = 560, padding = 4) {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const feature of features) {
    eachPosition(feature.geometry, ([lon, lat]) => {
      west = Math.min(west, lon);
      east = Math.max(east, lon);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    });
  }
  const shrink = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const spanX = ((east - west) * shrink) || 1;
  const spanY = (north - south) || 1;
  const scale = Math.min((width - 2 * padding) / spanX, (maxHeight - 2 * padding) / spanY);
  const offset = (width - 2 * padding - spanX * scale) / 2;
  const height = Math.ceil(spanY * scale + 2 * padding);
  return {
    width,
    height,
    point: ([lon, lat]) => [padding + offset + (lon - west) * shrink * scale, padding + (north - lat) * scale],
  };
}

/** The SVG path of a Polygon or MultiPolygon: one subpath per ring, holes cut out by the even-odd rule. */
export function pathData(geometry, projection) {
  const parts = [];
  const polygons = eachPosition(geometry, () => {});
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const points = ring.map((position) => projection.point(position).map((value) => value.toFixed(1)).join(' '));
      parts.push(`M${points.join('L')}Z`);
    }
  }
  return parts.join('');
}

/**
 * The map: one focusable path per area (`areas`: { label, value, display, classIndex, illustrative, geometry }),
 * classIndex null for an area without a figure, named by `title` and `description` for screen readers.
 */
export function choroplethMap({ title, description, areas, projection }) {
  const titleId = uniqueId('title');
  const descriptionId = uniqueId('desc');
  const definitions = s('defs', {});
  const fills = classColours.map((colour, index) => {
    const make = classPatterns[index];
    if (!make) {
      return { colour, pattern: null };
    }
    const id = uniqueId('pattern');
    definitions.append(make(id));
    return { colour, pattern: `url(#${id})` };
  });
  const noFigureId = uniqueId('pattern');
  definitions.append(noFigurePattern(noFigureId));

  const svg = s('svg', {
    class: 'map', viewBox: `0 0 ${projection.width} ${projection.height}`, width: projection.width, height: projection.height,
    tabindex: -1, role: 'group', 'aria-labelledby': titleId, 'aria-describedby': descriptionId,
  }, s('title', { id: titleId }, title), s('desc', { id: descriptionId }, description), definitions);

  const shapes = s('g', { class: 'areas' });
  const highlight = s('path', { class: 'area-focus', d: '' });
  for (const area of areas) {
    const d = pathData(area.geometry, projection);
    const fill = area.classIndex === null ? null : fills[area.classIndex];
    const label = `${area.label}: ${area.display}`;
    const group = s('g', {
      class: area.illustrative ? 'mark area illustrative' : 'mark area',
      tabindex: 0,
      role: 'img',
      'aria-label': label,
      'data-label': area.label,
      'data-code': area.code,
      'data-value': area.value ?? '',
      'data-class': area.classIndex ?? '',
    },
    s('title', {}, label),
    s('path', { d, fill: fill ? fill.colour : `url(#${noFigureId})` }),
    fill?.pattern ? s('path', { d, fill: fill.pattern, class: 'pattern' }) : null);
    // The outline of the focused area is drawn on top, where neighbours cannot cover it.
    group.addEventListener('focus', () => highlight.setAttribute('d', d));
    group.addEventListener('blur', () => highlight.setAttribute('d', ''));
    shapes.append(group);
  }
  svg.append(shapes, highlight);
  return { svg, fills, noFigureFill: `url(#${noFigureId})` };
}

/** A legend swatch in its own little SVG, with the class's colour and pattern (the definitions live in the map). */
export function swatch(fill) {
  return s('svg', { class: 'swatch', width: 22, height: 14, viewBox: '0 0 22 14', 'aria-hidden': 'true' },
    s('rect', { width: 22, height: 14, fill: fill.colour ?? fill }),
    fill.pattern ? s('rect', { width: 22, height: 14, fill: fill.pattern }) : null);
}
