// Prints the side-by-side table of the engine (BenchmarkDotNet full JSON reports) and graphql-js
// (bench.mjs --json), as benchmarks/README.md records it.
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
    engine.set(`${document}/${b.Method}`, { mean: b.Statistics?.Mean, allocated: b.Memory?.BytesAllocatedPerOperation });
  }
}
const js = JSON.parse(readFileSync(jsFile, 'utf8'));

const us = (ns) => (ns == null ? 'n/a' : (ns / 1000).toLocaleString('en-US', { maximumFractionDigits: ns < 10000 ? 2 : 1 }));
const kb = (bytes) => (bytes == null ? 'n/a' : `${(bytes / 1024).toFixed(1)} KB`);
const lines = [
  '| document | stage | engine (µs) | graphql-js (µs) | graphql-js ÷ engine | engine allocated |',
  '|---|---|---:|---:|---:|---:|',
];
for (const r of js.results) {
  const ours = engine.get(`${r.document}/${r.stage}`);
  const ratio = ours?.mean ? `${(r.meanNs / ours.mean).toFixed(1)}×` : 'n/a';
  lines.push(`| ${r.document} | ${r.stage} | ${us(ours?.mean)} | ${us(r.meanNs)} | ${ratio} | ${kb(ours?.allocated)} |`);
}
const overhead = engine.get('three-level/CachedOperationOverhead');
if (overhead) {
  lines.push(`| three-level | CachedOperationOverhead (target < 20 µs) | ${us(overhead.mean)} | – | – | ${kb(overhead.allocated)} |`);
}
console.log(lines.join('\n'));
if (host) {
  console.log(`\n${host.BenchmarkDotNetCaption} ${host.BenchmarkDotNetVersion}, ${host.OsVersion}, ${host.ProcessorName?.trim()} `
    + `(${host.LogicalCoreCount} logical cores), .NET ${host.RuntimeVersion}; graphql-js ${js.graphqlJs} on Node.js ${js.node}`);
}
