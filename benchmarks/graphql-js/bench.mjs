// graphql-js 16 on the same documents and schema as the engine's BenchmarkDotNet run:
//
//   node bench.mjs SCHEMA.graphql [--json OUT.json] [--seconds 1]
//
// SCHEMA.graphql is our schema as our printer writes it (`OpenIntegrationData.Benchmarks schema`);
// the documents are ../documents/{introspection,three-level,large}.graphql with their .json
// variables. Stages as in StageBenchmarks: parse, validate (graphql-js's specifiedRules on a
// parsed document), parse+validate, and execute (a parsed document, no validation: what a
// server with a document cache runs). Resolvers read in-memory objects shaped like
// ConformanceData.cs. graphql is taken from ../../tests/conformance (pinned 16.15.0).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';

const require = createRequire(new URL('../../tests/conformance/package.json', import.meta.url));
const { buildSchema, parse, validate, execute, version } = require('graphql');

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { json: { type: 'string' }, seconds: { type: 'string', default: '1' } },
});
if (positionals.length !== 1) {
  console.error('usage: node bench.mjs SCHEMA.graphql [--json OUT.json] [--seconds 1]');
  process.exit(2);
}

const schema = buildSchema(readFileSync(positionals[0], 'utf8'));
const documentsFolder = new URL('../documents/', import.meta.url);
const names = ['introspection', 'three-level', 'large'];

// The in-memory data of ConformanceData.cs.
function entity(type, id, name, members = {}) {
  return { __typename: type, id, name, ...members };
}
const mayor = entity('Person', 'p1', 'Ada', { age: 52, nickname: null });
mayor.friends = [mayor, null];
const school = entity('School', 's1', 'Hill School', { pupils: 420, kind: 'SCHOOL' });
const library = entity('Library', 'l1', 'Town Library', { books: 90000, kind: 'LIBRARY' });
const facilities = [school, library];
const city = entity('City', 'c1', 'Riverton', { population: 250000, mayor });
city.twinCities = [city];
const districts = [
  entity('District', 'd1', 'Old Town', { population: 12000, area: 3.5, founded: '1201-05-01T00:00:00Z', code: 'OT', metadata: null }),
  entity('District', 'd2', 'Harbour', { population: 8500, area: 6.25, founded: null, code: 'HB', metadata: null }),
  entity('District', 'd3', 'Uplands', { population: null, area: null, founded: null, code: null, metadata: null }),
];
for (const d of districts) {
  d.neighbours = districts.filter((x) => x !== d);
  d.facilities = facilities;
  d.city = city;
}
city.districts = districts;
const rootValue = {
  districts,
  city,
  cities: [city],
  search: [districts[0], city, mayor, school, library],
  facilities,
  now: '2026-01-01T00:00:00Z',
  legacy: 'legacy',
  version: '1',
  district: ({ id }) => districts.find((d) => d.id === id) ?? null,
};

/**
 * Nanoseconds per call of fn: the mean over `seconds`, and the fastest batch (batches of about
 * a millisecond), which a busy shared machine disturbs least. A warm-up of a third of the time first.
 */
function measure(fn, seconds) {
  const run = (budgetNs, batch) => {
    let calls = 0;
    let fastest = Infinity;
    const start = process.hrtime.bigint();
    let now = start;
    while (now - start < budgetNs) {
      const before = now;
      for (let i = 0; i < batch; i++) fn();
      calls += batch;
      now = process.hrtime.bigint();
      fastest = Math.min(fastest, Number(now - before) / batch);
    }
    return { mean: Number(now - start) / calls, min: fastest };
  };
  const warmUp = run(BigInt(Math.round((seconds * 1e9) / 3)), 1);
  const batch = Math.max(1, Math.round(1e6 / warmUp.mean));
  return run(BigInt(Math.round(seconds * 1e9)), batch);
}

const seconds = Number(values.seconds);
const results = [];
for (const name of names) {
  const text = readFileSync(new URL(`${name}.graphql`, documentsFolder), 'utf8');
  let variableValues = {};
  try {
    variableValues = JSON.parse(readFileSync(new URL(`${name}.json`, documentsFolder), 'utf8'));
  } catch {
    // no variables
  }
  const document = parse(text);
  const errors = validate(schema, document);
  if (errors.length > 0) throw new Error(`${name}: ${errors.map((e) => e.message).join(' | ')}`);
  const check = execute({ schema, document, rootValue, variableValues });
  if (check.errors) throw new Error(`${name}: ${check.errors.map((e) => e.message).join(' | ')}`);

  const stages = {
    Parse: () => parse(text),
    Validate: () => validate(schema, document),
    ParseAndValidate: () => validate(schema, parse(text)),
    Execute: () => execute({ schema, document, rootValue, variableValues }),
  };
  for (const [stage, fn] of Object.entries(stages)) {
    const { mean, min } = measure(fn, seconds);
    results.push({ document: name, stage, meanNs: mean, minNs: min });
    console.error(`graphql-js ${version} ${name.padEnd(14)} ${stage.padEnd(17)} mean ${(mean / 1000).toFixed(1).padStart(10)} µs, min ${(min / 1000).toFixed(1).padStart(10)} µs`);
  }
}

if (values.json) writeFileSync(values.json, JSON.stringify({ graphqlJs: version, node: process.version, results }, null, 2));
