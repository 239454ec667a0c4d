// Prints the side-by-side table of the engine (BenchmarkDotNet full JSON reports) and graphql-js
// (bench.mjs --json), as benchmarks/README.md records it. Ratios are graphql-js ÷ engine.
//
//   node compare.mjs RESULTS_DIR GRAPHQL_JS.json
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [resultsDir, jsFile] = process.argv.slice(2);
if (!resultsDir || !jsFile) {
  console.error('usage: node compare.mjs BENCHMARKDOTNET_RESULTS_DIR GRAPHQL_JS.json');
  process.exit(2);
}

const engine = new Map();
let host;
for (const file of readdirSync(resultsDir).filter((f) => f.endsWith('-report-full.json'))) {
  const report = JSON.parse(readFileSync(join(resultsDir, file), 'utf8'));
  host = report.HostEnvironmentInfo;
  for (const b of report.Benchmarks) {
    const document = /Document=([\w-]+)/.exec(b.Parameters ?? '')?.[1] ?? 'three-level';
    engine.set(`${document}/${b.Method}`, { mean: b.Statistics?.Mean, min: b.Statistics?.Min, allocated: b.Memory?.BytesAllocatedPerOperation });
  }
}
const js = JSON.parse(readFileSync(jsFile, 'utf8'));

const us = (ns) => (ns == null ? 'n/a' : (ns / 1000).toLocaleString('en-US', { maximumFractionDigits: ns < 10000 ? 2 : 1 }));
const kb = (bytes) => (bytes == null ? 'n/a' : `${(bytes / 1024).toFixed(1)} KB`);
const ratio = (theirs, ours) => (ours ? `${(theirs / ours).toFixed(1)}×` : 'n/a');
const lines = [
  '| document | stage | engine mean (µs) | engine min (µs) | graphql-js mean (µs) | graphql-js min (µs) | ratio of means | ratio of mins | engine allocated |',
  '|---|---|---:|---:|---:|---:|---:|---:|---:|',
];
for (const r of js.results) {
  const ours = engine.get(`${r.document}/${r.stage}`);
  lines.push(`| ${r.document} | ${r.stage} | ${us(ours?.mean)} | ${us(ours?.min)} | ${us(r.meanNs)} | ${us(r.minNs)} | `
    + `${ratio(r.meanNs, ours?.mean)} | ${ratio(r.minNs, ours?.min)} | ${kb(ours?.allocated)} |`);
}
// Cached requests, execute plus response JSON: (b) against the target, and the load benchmark's by-id shape.
for (const [method, label] of [
  ['CachedOperationOverhead', 'three-level | cached operation overhead (target < 20 µs)'],
  ['CachedByIdOverhead', 'by-id node | cached operation overhead'],
]) {
  const overhead = engine.get(`three-level/${method}`);
  if (overhead) {
    lines.push(`| ${label} | ${us(overhead.mean)} | ${us(overhead.min)} | – | – | – | – | ${kb(overhead.allocated)} |`);
  }
}
console.log(lines.join('\n'));
if (host) {
  console.log(`\n${host.BenchmarkDotNetCaption} ${host.BenchmarkDotNetVersion}, ${host.OsVersion}, ${host.ProcessorName?.trim()} `
    + `(${host.LogicalCoreCount} logical cores), .NET ${host.RuntimeVersion}; graphql-js ${js.graphqlJs} on Node.js ${js.node}`);
}
