// Building HTML and SVG without a framework: text always goes in as text nodes, never as markup.

const svgNamespace = 'http://www.w3.org/2000/svg';

function build(element, attributes, children) {
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value !== undefined && value !== null && value !== false) {
      element.setAttribute(name, String(value));
    }
  }
  for (const child of [children].flat(Infinity)) {
    if (child === undefined || child === null || child === false) {
      continue;
    }
    element.append(typeof child === 'string' || typeof child === 'number' ? String(child) : child);
  }
  return element;
}

/** An HTML element: h('p', { class: 'note' }, 'text', otherNode). */
export function h(name, attributes, ...children) {
  return build(document.createElement(name), attributes, children);
}

/** An SVG element. */
export function s(name, attributes, ...children) {
  return build(document.createElementNS(svgNamespace, name), attributes, children);
}

let nextId = 0;

/** A document-unique id for aria-labelledby inside one widget. */
export function uniqueId(prefix) {
  nextId += 1;
  return `oid-${prefix}-${nextId}`;
}
