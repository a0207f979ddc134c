import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { print } from '@apollo/client/utilities';
import { from, mergeMap, of } from 'rxjs';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { getOperationAST } from 'graphql';
import { PERSISTED_HASHES } from '../gql/persisted-hashes';

import { notifySessionExpired } from '../session/session-events';
import { takePrefetched } from './prefetch';

/** Operations for which UNAUTHENTICATED is an expected answer, not a lost session. */
const SIGN_IN_OPERATIONS = new Set(['Login', 'Logout', 'Session']);

const errorLink = new ErrorLink(({ error, operation }) => {
  if (
    CombinedGraphQLErrors.is(error) &&
    !SIGN_IN_OPERATIONS.has(operation.operationName ?? '') &&
    error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')
  ) {
    notifySessionExpired();
  }
});

/**
 * The answer of an operation main.tsx already sent (prefetch.ts), when this is that operation
 * with the same text and variables: the screen's first queries do not wait for this chunk.
 * Otherwise, or when the early request failed, the operation goes to the server as usual.
 */
const prefetchLink = new ApolloLink((operation, forward) => {
  const answer = takePrefetched(operation.operationName, print(operation.query), operation.variables);
  if (!answer) return forward(operation);
  return from(answer).pipe(mergeMap((data) => (data ? of({ data: data as Record<string, unknown> }) : forward(operation))));
});

/**
 * Operations go out as the hash of their trusted document (README, "Trusted documents"), looked
 * up by name in the list generated with the client; in production the hub answers the
 * dashboard's session with nothing else. Never switched off: an error answer is not a reason
 * to send texts from then on (the hub would refuse them).
 */
const persistedLink = new PersistedQueryLink({
  generateHash: (document) => {
    const name = getOperationAST(document)?.name?.value ?? '';
    const hash = PERSISTED_HASHES[name];
    if (!hash) throw new Error(`No trusted document for the operation "${name}": run npm run codegen -w client`);
    return hash;
  },
  disable: () => false,
});

// Same origin as the dashboard; the browser sends the httpOnly session cookie itself.
// Apollo sends content-type: application/json, which satisfies the server's CSRF check.
const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });

export function createApolloClient() {
  return new ApolloClient({
    link: ApolloLink.from([errorLink, prefetchLink, persistedLink, httpLink]),
    cache: new InMemoryCache({
      typePolicies: {
        Province: { keyFields: ['code'] },
        Regency: { keyFields: ['code'] },
        // Figures are computed per request and carry no identity: replace, never merge.
        ProvinceMetrics: { keyFields: false },
        NationalMetrics: { keyFields: false },
        ViewerPermissions: { keyFields: false, merge: true },
        CaseCount: { keyFields: false, merge: true },
      },
    }),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
