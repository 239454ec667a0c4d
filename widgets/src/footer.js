import { h } from './dom.js';
import { licenceName } from './texts.js';

/** Distinct sources of the shown figures (by title), in order of appearance. */
export function distinctSources(rows) {
  const seen = new Map();
  for (const row of rows) {
    if (row.source && !seen.has(row.source.title)) {
      seen.set(row.source.title, row.source);
    }
  }
  return [...seen.values()];
}

/**
 * The footer every widget carries: each source with its licence and credit line, the illustrative mark when any shown
 * figure is illustrative, and where the data comes from.
 */
export function sourceFooter(rows, texts, endpoint, lang) {
  const sources = distinctSources(rows);
  const illustrative = rows.some((row) => row.isIllustrative || row.source?.isIllustrative);
  return h('footer', {},
    sources.map((source) => {
      // The project's own illustrative figures are no publication: the widget names them in the reader's language.
      const title = source.isIllustrative ? texts.illustrativeSource : source.title;
      return h('p', { class: 'source' },
        `${texts.source}: `,
        source.url ? h('a', { href: source.url, rel: 'noopener' }, title) : title,
        source.publisher && !source.isIllustrative ? ` (${source.publisher})` : '',
        ` · ${texts.licence}: ${licenceName(source, lang, texts)}`,
        attributionNode(source, texts));
    }),
    illustrative ? h('p', { class: 'illustrative-note' }, `* ${texts.illustrative}`) : null,
    h('p', {}, h('a', { href: new URL('/graphql/', endpoint).href, rel: 'noopener' }, texts.dataBy)));
}

/** The credit line the source's licence asks for (dl-de/by, CC BY), as the API states it; nothing when it has none. */
export function attributionNode(source, texts) {
  return source.attribution ? h('span', { class: 'attribution' }, ` · ${texts.attribution}: ${source.attribution}`) : '';
}
