import DataLoader from 'dataloader';
import type { Context, LoaderFactory } from './context';

/**
 * The DataLoader a loader factory makes for one request: batched in the request's waves (see
 * Loaders), and skipping keys another statement of the request already supplied (Loaders.prime).
 * `self` is the factory itself, under which those keys are primed.
 */
export function batchLoader<K, V>(
  ctx: Context,
  self: LoaderFactory<K, V>,
  load: (keys: readonly K[]) => Promise<V[]>,
): DataLoader<K, V> {
  return new DataLoader<K, V>((keys) => ctx.loaders.runBatch(self, keys, load), { batchScheduleFn: ctx.loaders.schedule });
}

/** Groups rows by key in the order DataLoader asked for the keys; missing keys get []. */
export function groupBy<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K | number | string): R[][] {
  const map = new Map<string, R[]>();
  for (const row of rows) {
    const k = String(keyOf(row));
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return keys.map((k) => map.get(String(k)) ?? []);
}

/** Maps rows by key in the order DataLoader asked for the keys; missing keys get null. */
export function byKey<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K | number | string): (R | null)[] {
  const map = new Map<string, R>();
  for (const row of rows) map.set(String(keyOf(row)), row);
  return keys.map((k) => map.get(String(k)) ?? null);
}
