// Runs the graphql-http GraphQL-over-HTTP server audits (serverAudits) against a running endpoint.
// Usage: node audit.mjs http://127.0.0.1:PORT/graphql
// Prints one line per audit ("ok|warn|error|notice ID LEVEL name [— reason (status, content-type)]"),
// then, as the last line, a JSON summary the .NET tests read:
// {"must":{"passed":n,"failed":n},"should":{...},"may":{...},"failures":[{"id","level","name","reason","status","contentType"}]}
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url || !/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\//.test(url)) {
  console.error('usage: node audit.mjs http://127.0.0.1:PORT/graphql (loopback only)');
  process.exit(2);
}

const levelOf = (name) => (name.startsWith('MUST') ? 'must' : name.startsWith('SHOULD') ? 'should' : 'may');
const summary = {
  must: { passed: 0, failed: 0 },
  should: { passed: 0, failed: 0 },
  may: { passed: 0, failed: 0 },
  failures: [],
};

for (const audit of serverAudits({ url })) {
  const result = await audit.fn();
  const level = levelOf(audit.name);
  if (result.status === 'ok') {
    summary[level].passed++;
    console.log(`ok ${audit.id} ${level.toUpperCase()} ${audit.name}`);
    continue;
  }

  summary[level].failed++;
  const status = result.response?.status ?? null;
  const contentType = result.response?.headers?.get('content-type') ?? null;
  summary.failures.push({ id: audit.id, level, name: audit.name, reason: result.reason, status, contentType });
  console.log(`${result.status} ${audit.id} ${level.toUpperCase()} ${audit.name} — ${result.reason} (${status}, ${contentType})`);
}

console.log(JSON.stringify(summary));
process.exit(summary.must.failed === 0 ? 0 : 1);
