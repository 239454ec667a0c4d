import { endpointFor, WidgetError } from './api.js';
import { h } from './dom.js';
import { styles } from './styles.js';
import { languageOf, textsFor } from './texts.js';

// The frame's horizontal padding and border (styles.js: 1rem each side, 1 px border), in CSS pixels.
const frameInset = 34;

/**
 * What every OpenIntegrationData widget shares: an open shadow root with the styles, loading and error states,
 * re-rendering when an attribute changes. Subclasses implement `load(context)` and return the content node.
 * The host's `data-state` attribute says `loading`, `ready` or `error` (for pages and tests that wait).
 * Drawings are laid out for the width they get (`context.width`, CSS pixels), not scaled down from a fixed one:
 * on a 375 px phone a 640-unit chart would shrink its 12 px text to 6 px. A clear change of width draws again.
 */
export class WidgetElement extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.renderCount = 0;
  }

  connectedCallback() {
    this.scheduleRender();
    this.resizeObserver ??= new ResizeObserver(() => {
      if (this.laidOutWidth !== undefined && Math.abs(this.layoutWidth() - this.laidOutWidth) >= 16) {
        this.scheduleRender({ relayout: true });
      }
    });
    this.resizeObserver.observe(this);
  }

  disconnectedCallback() {
    this.resizeObserver?.disconnect();
  }

  /** The width the content has inside the frame, in CSS pixels (at least 240). */
  layoutWidth() {
    return Math.max(240, Math.floor(this.getBoundingClientRect().width - frameInset) || 640);
  }

  attributeChangedCallback() {
    if (this.isConnected) {
      this.scheduleRender();
    }
  }

  // Several attributes set in a row render once. A new width alone (relayout) keeps the drawing on screen until the
  // redrawn one is ready, so resizing a window or rotating a phone never flashes "Loading".
  scheduleRender({ relayout = false } = {}) {
    this.relayoutOnly = (this.renderPending ? this.relayoutOnly : true) && relayout;
    if (this.renderPending) {
      return;
    }
    this.renderPending = true;
    queueMicrotask(() => {
      this.renderPending = false;
      this.render({ relayout: this.relayoutOnly && this.getAttribute('data-state') === 'ready' });
    });
  }

  async render({ relayout = false } = {}) {
    const run = ++this.renderCount;
    const lang = languageOf(this);
    const texts = textsFor(lang);
    if (!relayout) {
      this.show('loading', h('p', { 'aria-live': 'polite' }, texts.loading));
    }
    const width = this.layoutWidth();
    this.laidOutWidth = width;
    let content;
    try {
      content = await this.load({ lang, texts, endpoint: endpointFor(this), width });
    } catch (error) {
      if (run !== this.renderCount) {
        return;
      }
      this.show('error', this.message(error, texts));
      return;
    }
    if (run === this.renderCount) {
      this.show('ready', content);
    }
  }

  show(state, content) {
    this.setAttribute('data-state', state);
    this.shadowRoot.replaceChildren(h('style', {}, styles), h('div', { class: 'frame', lang: languageOf(this) }, content));
  }

  message(error, texts) {
    // A bug in the widget still ends in a message, and in the console for whoever embeds it.
    if (!(error instanceof WidgetError)) {
      console.error(error);
    }
    const explain = error instanceof WidgetError ? texts.errors[error.kind] : null;
    return h('div', { class: 'message', role: 'alert' },
      h('strong', {}, texts.errorTitle),
      explain ? explain(error.details) : String(error));
  }

  /** The attribute's trimmed value; a WidgetError naming it (with an example) when it is required and missing. */
  attribute(name, { required = false, pattern = null, example = '' } = {}) {
    const value = (this.getAttribute(name) || '').trim();
    if (!value) {
      if (required) {
        throw new WidgetError('missingAttribute', { name, example });
      }
      return null;
    }
    if (pattern && !pattern.test(value)) {
      throw new WidgetError('badAttribute', { name, value, example });
    }
    return value;
  }
}
