import { useCallback } from 'react';
import { useSearchState } from '../lib/search-state';
import { useCursorPager } from './pager';

/**
 * A list page's filters, kept in the address (`useSearchState`), and its pager, which starts
 * again at the first page whenever a filter changes. `clear()` empties every filter that has
 * no default (a view or scope with a default stays as it is); `bind(key)` connects a filter
 * control (`FilterSelect`, `DateFilter`) to one of them.
 */
export function useListPage<K extends string>(keys: readonly K[], defaults: Partial<Record<K, string>> = {}) {
  const [filters, setFilters] = useSearchState(keys, defaults);
  const pager = useCursorPager();
  const { reset } = pager;
  const change = useCallback(
    (patch: Partial<Record<K, string>>) => {
      reset();
      setFilters(patch);
    },
    [reset, setFilters],
  );
  const clear = () => change(Object.fromEntries(keys.filter((k) => !(k in defaults)).map((k) => [k, ''])) as Partial<Record<K, string>>);
  /** A filter control's value and change handler; `also` resets filters that depend on it. */
  const bind = (key: K, also: Partial<Record<K, string>> = {}) => ({
    value: filters[key],
    onChange: (v: string) => change({ ...also, [key]: v } as Partial<Record<K, string>>),
  });
  return { filters, change, clear, bind, pager };
}
