import { runQuery, sourceFields, WidgetError } from './api.js';
import { areaFilter, areaName, areaPattern, areaSelection } from './area.js';
import { barChart } from './charts.js';
import { dataTable } from './data-table.js';
import { h } from './dom.js';
import { sourceFooter } from './footer.js';
import { localized, numberFormat } from './texts.js';
import { WidgetElement } from './widget-element.js';

const query = `query OidPopulationChart($area: String!, $district: String, $hasDistrict: Boolean!, $where: PopulationObservationFilterInput!, $top: Int!) {
  ${areaSelection}
  populationObservations(first: $top, where: $where, order: [{ year: DESC }, { persons: DESC }]) {
    nodes { year persons isIllustrative nationality { alpha2 name { de en } } ${sourceFields} }
  }
}`;

const maximumTop = 25;

/**
 * `<oid-population-chart area="05111000" district="Stadtbezirk 3" top="10" year="2023">`: the largest groups of
 * residents by nationality in a district (or municipality), in the latest year unless `year` is given.
 */
export class PopulationChart extends WidgetElement {
  static observedAttributes = ['area', 'district', 'top', 'year', 'lang', 'api'];

  async load({ lang, texts, endpoint, width }) {
    const area = this.attribute('area', { required: true, pattern: areaPattern, example: 'area="05111000"' });
    const district = this.attribute('district');
    const top = Number(this.attribute('top', { pattern: /^\d{1,2}$/, example: `top="10" (1–${maximumTop})` }) || 10);
    if (top < 1 || top > maximumTop) {
      throw new WidgetError('badAttribute', { name: 'top', value: String(top), example: `top="10" (1–${maximumTop})` });
    }
    const year = this.attribute('year', { pattern: /^\d{4}$/, example: 'year="2023"' });

    // One nationality per row, no breakdown by sex or age: the residents of each nationality.
    const where = {
      ...areaFilter(area, district),
      nationality: { alpha2: { neq: null } },
      migrationCategory: { eq: 'ALL' },
      sex: { eq: null },
      ageGroup: { eq: null },
    };
    if (year) {
      where.year = { eq: Number(year) };
    }
    const data = await runQuery(endpoint, query, { area, district, hasDistrict: Boolean(district), where, top });
    const place = areaName(data, area, district);
    const latest = data.populationObservations.nodes[0]?.year;
    // Sorted by year first: the rows of the latest year come first.
    const rows = data.populationObservations.nodes.filter((row) => row.year === latest);
    if (rows.length === 0) {
      throw new WidgetError('noData');
    }

    const format = numberFormat(lang, 0).format;
    const points = rows.map((row) => ({
      label: localized(row.nationality.name, lang) || row.nationality.alpha2,
      value: row.persons,
      display: format(row.persons),
      illustrative: row.isIllustrative,
    }));
    const title = texts.populationTitle(place, latest);
    const focused = h('p', { class: 'focus-value', 'aria-live': 'polite' });
    const chart = barChart({
      title,
      description: texts.populationTop(rows.length),
      points,
      format,
      width,
      xLabel: `${texts.residents} (${texts.persons})`,
    });
    chart.addEventListener('focusin', (event) => { focused.textContent = event.target.getAttribute('aria-label') || ''; });

    return [
      h('h2', {}, title),
      h('p', { class: 'subtitle' }, texts.populationTop(rows.length)),
      chart,
      focused,
      dataTable(title, [texts.nationality, `${texts.residents} (${texts.persons})`], points, texts),
      sourceFooter(rows, texts, endpoint, lang),
    ];
  }
}
