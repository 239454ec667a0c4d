import { WidgetError } from './api.js';
import { areaPattern } from './area.js';
import { choroplethMap, classOf, fitProjection, quantileBreaks, swatch } from './choropleth.js';
import { h } from './dom.js';
import { attributionNode } from './footer.js';
import { fetchMap, mapUrl } from './map-api.js';
import { licenceName, localized, numberFormat } from './texts.js';
import { WidgetElement } from './widget-element.js';

const keyPattern = /^[a-z0-9][a-z0-9_-]*$/;
const datePattern = /^\d{4}(-\d{2}-\d{2})?$/;

/**
 * `<oid-area-map area="11000000" level="bezirk" measure="…" date="2024-12-31" lang="de">`: the areas of one level of
 * a municipality as a map from `/geo/{area}/{level}.geojson`; with a measure, a choropleth of each area's figure
 * (its share of the area's residents where the API gives one), a legend, and a hidden table of the figures.
 */
export class AreaMap extends WidgetElement {
  static observedAttributes = ['area', 'level', 'measure', 'date', 'nationality', 'group', 'lang', 'api'];

  async load({ lang, texts, width }) {
    const area = this.attribute('area', { required: true, pattern: areaPattern, example: 'area="11000000"' });
    const level = this.attribute('level', { required: true, pattern: keyPattern, example: 'level="bezirk"' });
    const measure = this.attribute('measure', { pattern: keyPattern, example: 'measure="residents"' });
    const date = this.attribute('date', { pattern: datePattern, example: 'date="2024-12-31" (a reference date) or date="2012" (a year)' });
    const nationality = this.attribute('nationality', { pattern: /^[A-Z]{2}$/, example: 'nationality="TR"' });
    const group = this.attribute('group', { pattern: keyPattern, example: 'group="eu"' });
    const url = mapUrl(this, { area, level, measure, date, nationality, group });
    const collection = await fetchMap(url);
    const about = collection.properties || {};
    if (collection.features.length === 0) {
      throw new WidgetError('noData');
    }

    const place = about.municipality?.name || area;
    const levelName = localized(about.level?.pluralName || about.level?.name, lang) || level;
    const unit = localized(about.measure?.unit, lang);
    const figures = Boolean(about.measure);
    const byShare = figures && collection.features.some((feature) => typeof feature.properties.share === 'number');
    const count = numberFormat(lang, 2).format;
    const percent = numberFormat(lang, 1).format;
    const shown = (feature) => (byShare ? feature.properties.share : feature.properties.value);
    const breaks = quantileBreaks(collection.features.map(shown).filter((value) => typeof value === 'number'));
    // The figure and the share as text, for the focus line, the table and the screen reader.
    const figureTexts = (feature) => {
      const { value, share } = feature.properties;
      return {
        amount: typeof value === 'number' ? `${count(value)}${unit ? ` ${unit}` : ''}` : texts.noFigure,
        shareText: typeof share === 'number' ? `${percent(share * 100)} %` : texts.noFigure,
      };
    };
    const describe = (feature, { amount, shareText }) => {
      if (!figures) {
        return feature.properties.code;
      }
      return typeof feature.properties.value === 'number' && typeof feature.properties.share === 'number'
        ? `${amount} (${texts.shareOfResidents(shareText)})`
        : amount;
    };

    const areas = collection.features
      .map((feature) => ({ feature, text: figureTexts(feature) }))
      .map(({ feature, text }) => ({
        label: feature.properties.name,
        code: feature.properties.code,
        value: feature.properties.value ?? null,
        share: feature.properties.share ?? null,
        display: describe(feature, text),
        ...text,
        classIndex: figures && typeof shown(feature) === 'number' ? classOf(shown(feature), breaks) : null,
        illustrative: Boolean(feature.properties.isIllustrative),
        geometry: feature.geometry,
      }))
      .sort((a, b) => a.label.localeCompare(b.label, lang));

    // "Einwohner am Stichtag: Türkei": the measure, and whose figures when they are of one nationality or group.
    const who = localized(about.nationality?.name || about.group?.name, lang);
    const measureName = [localized(about.measure?.name, lang), who].filter(Boolean).join(': ');
    const title = figures
      ? [measureName, place, levelName, about.date].filter(Boolean).join(', ')
      : `${place}: ${levelName}`;
    const projection = fitProjection(collection.features, width);
    const map = choroplethMap({
      title,
      description: texts.mapDescription(areas.length, levelName),
      areas: figures ? areas : areas.map((item) => ({ ...item, classIndex: 0 })),
      projection,
    });
    const focused = h('p', { class: 'focus-value', 'aria-live': 'polite' });
    map.svg.addEventListener('focusin', (event) => { focused.textContent = event.target.getAttribute('aria-label') || ''; });

    const headings = [texts.mapArea, texts.mapCode, figures ? `${measureName || texts.value}${unit ? ` (${unit})` : ''}` : null,
      byShare ? texts.shareHeading : null].filter(Boolean);
    return [
      h('h2', {}, title),
      figures && byShare ? h('p', { class: 'subtitle' }, texts.mapByShare) : null,
      h('div', { class: 'map-frame' }, map.svg),
      focused,
      figures ? legend(breaks, map, areas, byShare ? (bound) => `${percent(bound * 100)} %` : count, texts) : null,
      table(title, headings, areas, figures, byShare, texts),
      mapFooter(about.sources || [], areas.some((item) => item.illustrative), texts, url, lang),
    ];
  }
}

function legend(breaks, map, areas, format, texts) {
  const items = breaks.map((bound, index) => {
    const low = index === 0 ? Math.min(...areas.filter((item) => item.classIndex === 0).map((item) => (item.share ?? item.value))) : breaks[index - 1];
    const range = index === 0 ? `${format(low)} – ${format(bound)}` : `> ${format(low)} – ${format(bound)}`;
    return h('li', { 'data-class': index }, swatch(map.fills[index]), ` ${range}`);
  });
  if (areas.some((item) => item.classIndex === null)) {
    items.push(h('li', { 'data-class': 'none' }, swatch(map.noFigureFill), ` ${texts.noFigure}`));
  }
  return h('div', { class: 'legend' }, h('p', { class: 'legend-title' }, texts.legend), h('ul', {}, items));
}

function table(caption, headings, areas, figures, byShare, texts) {
  // In a hidden box, not hidden itself: see data-table.js.
  return h('div', { class: 'visually-hidden' }, h('table', {},
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, headings.map((heading) => h('th', { scope: 'col' }, heading)))),
    h('tbody', {}, areas.map((area) => h('tr', {},
      h('th', { scope: 'row' }, area.label),
      h('td', {}, area.code),
      figures ? h('td', { 'data-value': area.value ?? '' }, area.amount + (area.illustrative ? ` (${texts.illustrativeShort})` : '')) : null,
      byShare ? h('td', { 'data-value': area.share ?? '' }, area.shareText) : null)))));
}

/** Every source of the map, boundaries and figures alike, with its licence and the attribution it asks for. */
function mapFooter(sources, illustrative, texts, url, lang) {
  return h('footer', {},
    sources.map((source) => h('p', { class: 'source', 'data-role': source.role },
      `${texts.mapSourceRole[source.role] || texts.source}: `,
      source.url ? h('a', { href: source.url, rel: 'noopener' }, source.title) : source.title,
      source.publisher ? ` (${source.publisher})` : '',
      ` · ${texts.licence}: ${licenceName(source, lang, texts)}`,
      attributionNode(source, texts),
      source.isIllustrative ? ' *' : '')),
    illustrative || sources.some((source) => source.isIllustrative) ? h('p', { class: 'illustrative-note' }, `* ${texts.illustrative}`) : null,
    h('p', {}, h('a', { href: url.href, rel: 'noopener' }, texts.mapData)));
}
