import { h } from './dom.js';

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
 * The footer every widget carries: each source with its licence, the illustrative mark when any shown
 * figure is illustrative, and where the data comes from.
 */
export function sourceFooter(rows, texts, endpoint) {
  const sources = distinctSources(rows);
  const illustrative = rows.some((row) => row.isIllustrative || row.source?.isIllustrative);
  return h('footer', {},
    sources.map((source) => h('p', { class: 'source' },
      `${texts.source}: `,
      source.url ? h('a', { href: source.url, rel: 'noopener' }, source.title) : source.title,
      source.publisher ? ` (${source.publisher})` : '',
      ` · ${texts.licence}: ${source.licenceName || source.licence || texts.licenceMissing}`)),
    illustrative ? h('p', { class: 'illustrative-note' }, `* ${texts.illustrative}`) : null,
    h('p', {}, h('a', { href: new URL('/graphql/', endpoint).href, rel: 'noopener' }, texts.dataBy)));
}
