import { runQuery, sourceFields, WidgetError } from './api.js';
import { areaName, areaPattern, areaSelection } from './area.js';
import { h } from './dom.js';
import { sourceFooter } from './footer.js';
import { localizedNode } from './texts.js';
import { WidgetElement } from './widget-element.js';

const query = `query OidProgrammeList($area: String!, $district: String, $hasDistrict: Boolean!, $where: ProgrammeFilterInput!) {
  ${areaSelection}
  programmes(first: 25, where: $where) {
    nodes {
      key name { de en } description { de en } provider status startDate endDate url
      sdgGoals(first: 17) { nodes { number } }
      ${sourceFields}
    }
  }
}`;

/**
 * `<oid-programme-list area="05111000" district="Stadtbezirk 3" sdg="10">`: the integration programmes of a
 * municipality, optionally only those serving one district and those linked to one SDG goal.
 */
export class ProgrammeList extends WidgetElement {
  static observedAttributes = ['area', 'district', 'sdg', 'lang', 'api'];

  async load({ lang, texts, endpoint }) {
    const area = this.attribute('area', { required: true, pattern: areaPattern, example: 'area="05111000"' });
    const district = this.attribute('district');
    const sdg = this.attribute('sdg', { pattern: /^(1[0-7]|[1-9])$/, example: 'sdg="10" (1–17)' });

    const where = { municipality: { key: { eq: area } } };
    if (district) {
      where.districts = { some: { name: { eq: district } } };
    }
    if (sdg) {
      where.sdgGoals = { some: { number: { eq: Number(sdg) } } };
    }
    const data = await runQuery(endpoint, query, { area, district, hasDistrict: Boolean(district), where });
    const place = areaName(data, area, district);
    const programmes = data.programmes.nodes;
    if (programmes.length === 0) {
      throw new WidgetError('noProgrammes');
    }

    const title = texts.programmesTitle(place);
    return [
      h('h2', {}, title),
      sdg ? h('p', { class: 'subtitle' }, texts.programmesSdg(sdg)) : null,
      h('ul', { class: 'programmes', 'aria-label': title }, programmes.map((programme) => programmeItem(programme, lang, texts))),
      sourceFooter(programmes, texts, endpoint, lang),
    ];
  }
}

function programmeItem(programme, lang, texts) {
  const name = localizedNode(programme.name, lang);
  const period = [
    programme.startDate ? `${texts.since} ${programme.startDate}` : '',
    programme.endDate ? `${texts.until} ${programme.endDate}` : '',
  ].filter(Boolean).join(' ');
  return h('li', { 'data-key': programme.key, tabindex: 0 },
    h('div', { class: 'programme-name' }, programme.url ? h('a', { href: programme.url, rel: 'noopener' }, name) : name),
    programme.description ? h('div', {}, localizedNode(programme.description, lang)) : null,
    h('div', { class: 'meta' },
      `${texts.provider}: ${programme.provider} · ${texts.status[programme.status] || programme.status}`,
      period ? ` · ${period}` : '',
      programme.isIllustrative ? ` · ${texts.illustrativeShort}` : ''),
    h('div', { class: 'meta', 'aria-label': texts.sdg },
      programme.sdgGoals.nodes.map((goal) => h('span', { class: 'sdg', 'data-sdg': goal.number }, `${texts.sdg} ${goal.number}`))));
}
