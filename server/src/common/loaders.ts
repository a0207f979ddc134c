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
