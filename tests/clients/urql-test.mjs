// urql (@urql/core) against the running API: a query over POST and over GET, then automatic persisted queries with
// @urql/exchange-persisted (hash over GET: miss, register, hit) — the other common client beside graphql-request.
// Usage: node urql-test.mjs http://127.0.0.1:PORT/graphql — prints one JSON summary line, exits non-zero on failure.
import assert from 'node:assert/strict';
import { Client, fetchExchange, gql } from '@urql/core';
import { persistedExchange } from '@urql/exchange-persisted';

const endpoint = process.argv[2];
assert.ok(endpoint, 'pass the endpoint URL');

const query = gql`
  query FirstDistricts($first: Int!) {
    districts(first: $first, order: [{ name: ASC }]) {
      nodes { name }
    }
  }
`;

// Every request urql sends, as the server sees it: method, and whether it carried the text or only the hash.
const log = [];
const loggingFetch = async (url, init) => {
  const response = await fetch(url, init);
  const target = new URL(url);
  const body = init?.body ? JSON.parse(init.body) : null;
  const extensions = body?.extensions ?? (target.searchParams.get('extensions') ? JSON.parse(target.searchParams.get('extensions')) : null);
  log.push({
    method: init?.method ?? 'GET',
    status: response.status,
    hashed: Boolean(extensions?.persistedQuery?.sha256Hash),
    withText: Boolean(body?.query ?? target.searchParams.get('query')),
  });
  return response;
};

const run = async (client) => {
  const result = await client.query(query, { first: 3 }, { requestPolicy: 'network-only' }).toPromise();
  assert.equal(result.error, undefined, `urql reported ${result.error}`);
  return result.data;
};

// urql 6 sends queries that fit in a URL as GET unless told otherwise.
const post = await run(new Client({ url: endpoint, exchanges: [fetchExchange], preferGetMethod: false, fetch: loggingFetch }));
const get = await run(new Client({ url: endpoint, exchanges: [fetchExchange], preferGetMethod: 'force', fetch: loggingFetch }));
assert.equal(post.districts.nodes.length, 3);
assert.deepEqual(get, post);
assert.deepEqual(log.splice(0).map((entry) => `${entry.method} ${entry.status}`), ['POST 200', 'GET 200']);

const apq = new Client({
  url: endpoint,
  exchanges: [persistedExchange({ preferGetForPersistedQueries: true }), fetchExchange],
  fetch: loggingFetch,
});
assert.deepEqual(await run(apq), post);
assert.deepEqual(await run(apq), post);
const kinds = log.map((entry) => (entry.hashed && !entry.withText ? (entry.status === 200 ? 'hit' : 'miss') : 'register'));
assert.deepEqual(kinds, ['miss', 'register', 'hit'], JSON.stringify(log));
assert.equal(log[2].method, 'GET', 'the hit is a GET, which a CDN can cache');

const invalid = await new Client({ url: endpoint, exchanges: [fetchExchange] }).query('{ districts { nodes { bogus } } }', {}).toPromise();
assert.match(invalid.error?.graphQLErrors?.[0]?.message ?? '', /bogus/, 'an invalid query surfaces as urql\'s CombinedError');

console.log(JSON.stringify({ ok: true, districts: post.districts.nodes.map((node) => node.name), apq: kinds }));
