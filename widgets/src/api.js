// Talks to the OpenIntegrationData GraphQL API with GraphQL over GET (queries only, so a CDN can cache them).

/** A failure the widget explains to the reader instead of breaking the page. */
export class WidgetError extends Error {
  /**
   * @param {string} kind message key in the texts (e.g. "network", "unknownIndicator")
   * @param {Record<string, string>} [details] values the message names
   */
  constructor(kind, details = {}) {
    super(kind);
    this.kind = kind;
    this.details = details;
  }
}

// The module's own origin: where the API that served this script lives.
const scriptOrigin = new URL(import.meta.url).origin;

/** The GraphQL endpoint: the element's `api` attribute (the API's base URL) or the script's origin. */
export function endpointFor(element) {
  const base = element.getAttribute('api') || scriptOrigin;
  return new URL('graphql', base.endsWith('/') ? base : `${base}/`);
}

/** Runs one query; resolves to `data` or throws a WidgetError. */
export async function runQuery(endpoint, document, variables) {
  const url = new URL(endpoint);
  url.searchParams.set('query', document);
  url.searchParams.set('variables', JSON.stringify(variables));
  let body;
  try {
    const response = await fetch(url, { headers: { accept: 'application/graphql-response+json, application/json' } });
    body = await response.json();
  } catch {
    throw new WidgetError('network', { endpoint: endpoint.href });
  }
  if (body.errors && body.errors.length > 0) {
    throw new WidgetError('api', { message: body.errors[0].message });
  }
  if (!body.data) {
    throw new WidgetError('network', { endpoint: endpoint.href });
  }
  return body.data;
}

/** The fields every figure's source carries, for the footer. */
export const sourceFields = 'source { title publisher url licence licenceName attribution isIllustrative }';
