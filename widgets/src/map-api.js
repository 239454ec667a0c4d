import { WidgetError } from './api.js';

// The map endpoint: GET /geo/{municipality key}/{level key}.geojson, a GeoJSON FeatureCollection of the level's areas
// (properties: code, name, and with a measure: value, share, isIllustrative) with the municipality, level, measure
// and every source (with licence and attribution) in the collection's own `properties`.

const scriptOrigin = new URL(import.meta.url).origin;

// Geometry simplified to about 40 m and 5 decimals (about 1 m): finer than a pixel on any screen the widget fits,
// and a fraction of the published outlines' size.
const displayTolerance = '0.0004';

/** The URL of one level's map: the element's `api` attribute (the API's base URL) or the script's origin. */
export function mapUrl(element, { area, level, measure, date, nationality, group }) {
  const base = element.getAttribute('api') || scriptOrigin;
  const url = new URL(`geo/${encodeURIComponent(area)}/${encodeURIComponent(level)}.geojson`, base.endsWith('/') ? base : `${base}/`);
  for (const [name, value] of Object.entries({ measure, date, nationality, group })) {
    if (value) {
      url.searchParams.set(name, value);
    }
  }
  url.searchParams.set('tolerance', displayTolerance);
  return url;
}

/** Loads the FeatureCollection; an unknown key or a refused parameter becomes a WidgetError with the API's own words. */
export async function fetchMap(url) {
  let response;
  let body;
  try {
    response = await fetch(url, { headers: { accept: 'application/geo+json, application/json' } });
    body = await response.json();
  } catch {
    throw new WidgetError('network', { endpoint: url.origin + url.pathname });
  }
  if (!response.ok) {
    throw new WidgetError('api', { message: body.detail || body.title || String(response.status) });
  }
  if (body.type !== 'FeatureCollection' || !Array.isArray(body.features)) {
    throw new WidgetError('network', { endpoint: url.origin + url.pathname });
  }
  return body;
}
