// graphql-request against the running API: a plain POST query, then the same query through APQ (miss, register, hit).
// Usage: node client-test.mjs http://127.0.0.1:PORT/graphql — prints one JSON summary line, exits non-zero on failure.
import assert from 'node:assert/strict';
import { GraphQLClient, gql } from 'graphql-request';
import { createApqFetch } from './apq-fetch.mjs';

const endpoint = process.argv[2];
assert.ok(endpoint, 'pass the endpoint URL');

const query = gql`
  query FirstDistricts($first: Int!) {
    districts(first: $first, order: [{ name: ASC }]) {
      nodes { name }
    }
  }
`;

const plain = await new GraphQLClient(endpoint).request(query, { first: 3 });
assert.equal(plain.districts.nodes.length, 3);

const log = [];
const apqClient = new GraphQLClient(endpoint, { fetch: createApqFetch(log) });
const first = await apqClient.request(query, { first: 3 });
const second = await apqClient.request(query, { first: 3 });
assert.deepEqual(first, plain);
assert.deepEqual(second, plain);
assert.deepEqual(log.map((entry) => entry.kind), ['miss', 'register', 'hit']);
assert.equal(log[0].status, 400);
assert.ok(log[2].etag, 'the APQ hit over GET carries an ETag');

let refused;
try {
  await new GraphQLClient(endpoint).request('{ districts { nodes { bogus } } }');
} catch (error) {
  refused = error;
}
assert.equal(refused?.response?.status, 400, `an invalid query surfaces as the client's error: ${refused}`);

console.log(JSON.stringify({ ok: true, districts: plain.districts.nodes.map((node) => node.name), apq: log.map((entry) => entry.kind) }));
