// The OpenIntegrationData widgets: one ES module, loaded with
// <script type="module" src="https://<api>/widgets/oid-widgets.js"></script>, defining four custom elements.
import { AreaMap } from './area-map.js';
import { IndicatorChart } from './indicator-chart.js';
import { PopulationChart } from './population-chart.js';
import { ProgrammeList } from './programme-list.js';

const elements = {
  'oid-indicator-chart': IndicatorChart,
  'oid-population-chart': PopulationChart,
  'oid-programme-list': ProgrammeList,
  'oid-area-map': AreaMap,
};

// A page may load the script twice (two embeds); define each element once.
for (const [name, element] of Object.entries(elements)) {
  if (!customElements.get(name)) {
    customElements.define(name, element);
  }
}

export { AreaMap, IndicatorChart, PopulationChart, ProgrammeList };
