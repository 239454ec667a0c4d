import { runQuery, sourceFields, WidgetError } from './api.js';
import { areaFilter, areaName, areaPattern, areaSelection } from './area.js';
import { columnChart } from './charts.js';
import { dataTable } from './data-table.js';
import { h } from './dom.js';
import { sourceFooter } from './footer.js';
import { localized, localizedNode, numberFormat } from './texts.js';
import { WidgetElement } from './widget-element.js';

const query = `query OidIndicatorChart($code: String!, $area: String!, $district: String, $hasDistrict: Boolean!, $where: IndicatorObservationFilterInput!) {
  indicator: sdgIndicator(code: $code) { code title { de en } shortTitle { de en } unit { de en } }
  ${areaSelection}
  indicatorObservations(first: 40, where: $where, order: [{ year: ASC }]) {
    nodes { year value unit isIllustrative ${sourceFields} }
  }
}`;

/**
 * `<oid-indicator-chart indicator="inkar:a_GSa" area="05111000" district="Stadtbezirk 3" lang="de">`:
 * an indicator's values over the years for a municipality (or one of its districts), as columns.
 */
export class IndicatorChart extends WidgetElement {
  static observedAttributes = ['indicator', 'area', 'district', 'lang', 'api'];

  async load({ lang, texts, endpoint, width }) {
    const code = this.attribute('indicator', { required: true, example: 'indicator="inkar:a_GSa"' });
    const area = this.attribute('area', { required: true, pattern: areaPattern, example: 'area="05111000"' });
    const district = this.attribute('district');
    // Only observations without a breakdown (by sex, age …) form one series.
    const where = { ...areaFilter(area, district), indicator: { code: { eq: code } }, disaggregation: { eq: null } };
    const data = await runQuery(endpoint, query, { code, area, district, hasDistrict: Boolean(district), where });

    if (!data.indicator) {
      throw new WidgetError('unknownIndicator', { code });
    }
    const place = areaName(data, area, district);
    const rows = data.indicatorObservations.nodes;
    if (rows.length === 0) {
      throw new WidgetError('noData');
    }

    const unit = localized(data.indicator.unit, lang) || rows[0].unit;
    const fullTitle = localized(data.indicator.title, lang);
    const shortTitle = localized(data.indicator.shortTitle, lang) || fullTitle || code;
    const title = `${shortTitle}, ${place}`;
    const format = numberFormat(lang).format;
    const points = rows.map((row) => ({
      label: String(row.year),
      value: row.value,
      display: `${format(row.value)} ${unit}`,
      illustrative: row.isIllustrative,
    }));
    const focused = h('p', { class: 'focus-value', 'aria-live': 'polite' });
    const chart = columnChart({
      title,
      description: `${rows[0].year}–${rows[rows.length - 1].year}, ${texts.value} (${unit})`,
      points,
      format,
      width,
      xLabel: texts.year,
      yLabel: `${texts.value} (${unit})`,
    });
    chart.addEventListener('focusin', (event) => { focused.textContent = event.target.getAttribute('aria-label') || ''; });

    // Visible titles mark text the API has only in the other language (most municipal indicators are German only).
    const shortNode = localizedNode(data.indicator.shortTitle, lang) || localizedNode(data.indicator.title, lang) || code;
    return [
      h('h2', {}, shortNode, `, ${place}`),
      h('p', { class: 'subtitle' }, fullTitle === shortTitle ? '' : [localizedNode(data.indicator.title, lang), ' · '], code),
      chart,
      focused,
      dataTable(title, [texts.year, `${texts.value} (${unit})`], points, texts),
      sourceFooter(rows, texts, endpoint, lang),
    ];
  }
}
