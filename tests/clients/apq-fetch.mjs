// Apollo's automatic persisted queries for any fetch-based client (graphql-request has no APQ link):
// send the SHA-256 hash alone as a GET; on PersistedQueryNotFound send hash and query once, as Apollo's link does.
import { createHash } from 'node:crypto';

export function createApqFetch(log) {
  return async function apqFetch(url, init) {
    const body = JSON.parse(init.body);
    const sha256Hash = createHash('sha256').update(body.query, 'utf8').digest('hex');
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash } });
    const params = new URLSearchParams({ extensions });
    if (body.operationName) params.set('operationName', body.operationName);
    if (body.variables) params.set('variables', JSON.stringify(body.variables));
    const headers = { accept: 'application/graphql-response+json, application/json' };

    const hashOnly = await fetch(`${url}?${params}`, { method: 'GET', headers });
    const answer = await hashOnly.clone().json();
    const missed = answer.errors?.some((error) => error.message === 'PersistedQueryNotFound') ?? false;
    log.push({ kind: missed ? 'miss' : 'hit', status: hashOnly.status, etag: hashOnly.headers.get('etag') });
    if (!missed) return hashOnly;

    params.set('query', body.query);
    const registered = await fetch(`${url}?${params}`, { method: 'GET', headers });
    log.push({ kind: 'register', status: registered.status, etag: registered.headers.get('etag') });
    return registered;
  };
}
