import { WidgetError } from './api.js';

// The area attributes every widget takes: `area`, a municipality's 8-digit official key (AGS),
// and optionally `district`, the name of one of its districts (Stadtbezirke).

export const areaPattern = /^\d{8}$/;

/** The GraphQL selection that confirms the area exists and names it. */
export const areaSelection = `municipality(key: $area) {
    name
    districts(first: 1, where: { name: { eq: $district } }) @include(if: $hasDistrict) { nodes { name } }
  }`;

/** The area's display name ("Düsseldorf, Stadtbezirk 3"); a WidgetError when the API does not know it. */
export function areaName(data, area, district) {
  if (!data.municipality) {
    throw new WidgetError('unknownArea', { key: area });
  }
  if (district && data.municipality.districts.nodes.length === 0) {
    throw new WidgetError('unknownDistrict', { area: data.municipality.name, district });
  }
  return district ? `${data.municipality.name}, ${district}` : data.municipality.name;
}

/** The observation filter for the area: its municipality, and its district or the municipality as a whole. */
export function areaFilter(area, district) {
  const filter = { municipality: { key: { eq: area } } };
  if (district) {
    filter.areaLevel = { eq: 'DISTRICT' };
    filter.district = { name: { eq: district } };
  } else {
    filter.areaLevel = { eq: 'MUNICIPALITY' };
  }
  return filter;
}
