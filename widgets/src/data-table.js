import { h } from './dom.js';

/**
 * The figures as a visually hidden table for screen readers (and for copying).
 * Each value cell carries the raw number in data-value. The table sits in a hidden box rather than being hidden
 * itself: a table is never narrower than its content, and a wide one would widen a phone's page.
 * @param {{ label: string, value: number, display: string, illustrative: boolean }[]} points
 */
export function dataTable(caption, headings, points, texts) {
  return h('div', { class: 'visually-hidden' }, h('table', {},
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, headings.map((heading) => h('th', { scope: 'col' }, heading)))),
    h('tbody', {}, points.map((point) => h('tr', {},
      h('th', { scope: 'row' }, point.label),
      h('td', { 'data-value': point.value }, point.display + (point.illustrative ? ` (${texts.illustrativeShort})` : '')))))));
}
