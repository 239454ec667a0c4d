// One style sheet for every widget, inside its shadow root. Colours pass WCAG AA on white:
// text #1a1a1a (17:1), muted text #555 (7.5:1), bars #1f5f99 (6.6:1), illustrative mark #8a4600 (6.7:1),
// links #0b57a4 (7.0:1); the focus ring is 3 px of #1a1a1a. Map classes: see choropleth.js.
export const styles = `
:host { display: block; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a;
  background: #fff; max-width: 44rem; line-height: 1.4; }
.frame { border: 1px solid #767676; border-radius: 4px; padding: 0.75rem 1rem; }
h2 { font-size: 1.1rem; margin: 0 0 0.25rem; }
.subtitle { color: #555; margin: 0 0 0.5rem; font-size: 0.9rem; }
svg { display: block; width: 100%; height: auto; overflow: visible; }
svg text { fill: #1a1a1a; font-size: 12px; }
svg .axis-label { fill: #555; font-size: 12px; }
svg .axis, svg .tick { stroke: #767676; }
svg .grid { stroke: #d9d9d9; }
svg .mark { fill: #1f5f99; }
svg .mark.illustrative { fill: #1f5f99; stroke: #8a4600; stroke-width: 2; stroke-dasharray: 4 2; }
svg .line { fill: none; stroke: #1f5f99; stroke-width: 2.5; }
svg .mark:focus { outline: none; stroke: #1a1a1a; stroke-width: 3; stroke-dasharray: none; }
svg .mark:hover { fill: #0f3d66; }
svg.map { max-width: 100%; height: auto; }
svg .area path { stroke: #fff; stroke-width: 0.75; stroke-linejoin: round; }
svg .area path.pattern { stroke: none; pointer-events: none; }
svg .area:focus { outline: none; }
svg .area:hover path:first-of-type { stroke: #1a1a1a; stroke-width: 1.5; }
svg .area-focus { fill: none; stroke: #1a1a1a; stroke-width: 3.5; stroke-linejoin: round; pointer-events: none; }
.legend { font-size: 0.9rem; margin: 0.25rem 0; }
.legend-title { margin: 0; font-weight: 600; }
.legend ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.15rem 1rem; }
.legend li { display: flex; align-items: center; gap: 0.35rem; }
.legend .swatch { display: inline-block; flex: none; width: 22px; height: 14px; border: 1px solid #767676; }
.focus-value { min-height: 1.4em; font-size: 0.9rem; margin: 0.25rem 0 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
footer { margin-top: 0.5rem; font-size: 0.8rem; color: #555; }
footer p { margin: 0.15rem 0; }
.illustrative-note { color: #8a4600; font-weight: 600; }
a { color: #0b57a4; }
a:focus-visible, li:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; }
.message { border-left: 4px solid #b00020; padding: 0.5rem 0.75rem; background: #fdf2f4; }
.message strong { display: block; }
ul.programmes { list-style: none; padding: 0; margin: 0; }
ul.programmes li { padding: 0.5rem 0; border-top: 1px solid #d9d9d9; }
ul.programmes li:first-child { border-top: 0; }
.programme-name { font-weight: 600; }
.meta { color: #555; font-size: 0.85rem; }
.sdg { display: inline-block; border: 1px solid #1f5f99; color: #1f5f99; border-radius: 3px; padding: 0 0.3rem;
  margin-right: 0.25rem; font-size: 0.8rem; }
`;
