import { useEffect, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import type { TypedDocumentNode } from '@apollo/client';

export interface Page<T> {
  nodes: T[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export interface Collected<T> {
  nodes: T[];
  total: number;
  loading: boolean;
  error: unknown;
  /** More records exist than were read (the cap was reached). */
  truncated: boolean;
}

/**
 * Reads every page of a list (100 at a time, the API's page budget) up to `cap` records,
 * for charts that aggregate a whole province's records.
 */
export function useCollect<TData, TVars extends { after?: string | null }, T>(
  document: TypedDocumentNode<TData, TVars>,
  variables: Omit<TVars, 'after'>,
  select: (data: TData) => Page<T>,
  { skip = false, cap = 1000 }: { skip?: boolean; cap?: number } = {},
): Collected<T> {
  const client = useApolloClient();
  const key = JSON.stringify(variables);
  const [state, setState] = useState<Collected<T>>({ nodes: [], total: 0, loading: !skip, error: null, truncated: false });

  useEffect(() => {
    if (skip) {
      setState({ nodes: [], total: 0, loading: false, error: null, truncated: false });
      return;
    }
    let cancelled = false;
    setState((s) => ({ ...s, loading: true, error: null }));
    (async () => {
      const nodes: T[] = [];
      let after: string | null = null;
      let total = 0;
      let more = true;
      while (more && nodes.length < cap) {
        const res = await client.query({ query: document, variables: { ...variables, after } as unknown as TVars, fetchPolicy: 'network-only' });
        if (res.error) throw res.error;
        const page = select(res.data as TData);
        nodes.push(...page.nodes);
        total = page.totalCount;
        more = page.pageInfo.hasNextPage && !!page.pageInfo.endCursor;
        after = page.pageInfo.endCursor ?? null;
      }
      if (!cancelled) setState({ nodes, total, loading: false, error: null, truncated: more });
    })().catch((error: unknown) => {
      if (!cancelled) setState({ nodes: [], total: 0, loading: false, error, truncated: false });
    });
    return () => {
      cancelled = true;
    };
    // `variables` is compared by value through `key`
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, document, key, skip, cap]);

  return state;
}
