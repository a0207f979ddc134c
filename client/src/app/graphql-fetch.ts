import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { PERSISTED_HASHES } from '../gql/persisted-hashes';

/**
 * One GraphQL operation over plain `fetch`, for the sign-in page and the session check:
 * they run before (and without) the Apollo Client chunk, so the first screen does not
 * download it. Errors are thrown in Apollo's shape so `problemOf` reads them the same way;
 * a network failure throws the browser's TypeError (classified as NETWORK).
 */
export async function postGraphql<T>(operationName: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  // By the hash of its trusted document (README, "Trusted documents"); the text only when the hub
  // does not know the hash (a hub of another version), as Apollo's persisted-query link does.
  const sha256Hash = PERSISTED_HASHES[operationName];
  const persisted = sha256Hash ? { persistedQuery: { version: 1, sha256Hash } } : undefined;
  let answer = await post<T>(persisted ? { operationName, variables, extensions: persisted } : { operationName, query, variables });
  if (persisted && answer.body.errors?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND')) {
    answer = await post<T>({ operationName, query, variables });
  }
  const { status, body } = answer;
  if (body.errors?.length) throw new CombinedGraphQLErrors({ data: body.data ?? null, errors: body.errors });
  if (!body.data) throw new TypeError(`The hub answered ${status} without data`);
  return body.data;
}

type Answer<T> = { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };

async function post<T>(payload: Record<string, unknown>): Promise<{ status: number; body: Answer<T> }> {
  const res = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    // application/json satisfies the server's CSRF check, as Apollo's requests do.
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify(payload),
  });
  try {
    return { status: res.status, body: (await res.json()) as Answer<T> };
  } catch {
    throw new TypeError(`The hub answered ${res.status} without a GraphQL result`);
  }
}
