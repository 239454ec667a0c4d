// The OpenIntegrationData widgets: one ES module, loaded with
// <script type="module" src="https://<api>/widgets/oid-widgets.js"></script>, defining three custom elements.
import { IndicatorChart } from './indicator-chart.js';
import { PopulationChart } from './population-chart.js';
import { ProgrammeList } from './programme-list.js';

const elements = {
  'oid-indicator-chart': IndicatorChart,
  'oid-population-chart': PopulationChart,
  'oid-programme-list': ProgrammeList,
};

// A page may load the script twice (two embeds); define each element once.
for (const [name, element] of Object.entries(elements)) {
  if (!customElements.get(name)) {
    customElements.define(name, element);
  }
}

export { IndicatorChart, PopulationChart, ProgrammeList };
