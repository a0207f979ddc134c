import { CombinedGraphQLErrors } from '@apollo/client/errors';

/**
 * One GraphQL operation over plain `fetch`, for the sign-in page and the session check:
 * they run before (and without) the Apollo Client chunk, so the first screen does not
 * download it. Errors are thrown in Apollo's shape so `problemOf` reads them the same way;
 * a network failure throws the browser's TypeError (classified as NETWORK).
 */
export async function postGraphql<T>(operationName: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    // application/json satisfies the server's CSRF check, as Apollo's requests do.
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ operationName, query, variables }),
  });
  let body: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  try {
    body = await res.json();
  } catch {
    throw new TypeError(`The hub answered ${res.status} without a GraphQL result`);
  }
  if (body.errors?.length) throw new CombinedGraphQLErrors({ data: body.data ?? null, errors: body.errors });
  if (!body.data) throw new TypeError(`The hub answered ${res.status} without data`);
  return body.data;
}
