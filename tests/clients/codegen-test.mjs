// GraphQL Code Generator against the live endpoint: TypeScript types for the schema and every example operation
// of docs/queries. Usage: node codegen-test.mjs http://127.0.0.1:PORT/graphql <docs/queries folder> <output folder>
import assert from 'node:assert/strict';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';

const [endpoint, queries, output] = process.argv.slice(2);
assert.ok(endpoint && queries && output, 'pass endpoint, queries folder and output folder');

const target = path.join(output, 'open-integration-data.ts');
const files = await generate(
  {
    schema: endpoint,
    documents: path.join(queries, '*.graphql'),
    generates: { [target]: { plugins: ['typescript', 'typescript-operations'] } },
    silent: true,
    errorsOnly: true,
  },
  true,
);

assert.equal(files.length, 1);
const operations = [...files[0].content.matchAll(/^export type (\w+Query) = /gm)].map((match) => match[1]);
console.log(JSON.stringify({ ok: true, file: target, bytes: files[0].content.length, operations }));
