/** A database id from a GraphQL ID, or null when it cannot name any record. */
export function parseId(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const s = String(value).trim();
  if (!/^\d{1,10}$/.test(s)) return null;
  const n = Number(s);
  return n >= 1 && n <= 2_147_483_647 ? n : null;
}

/** Distinct ids of a list; null when any entry cannot be an id. */
export function parseIds(values: readonly (string | number)[]): number[] | null {
  const out: number[] = [];
  for (const v of values) {
    const id = parseId(v);
    if (id === null) return null;
    if (!out.includes(id)) out.push(id);
  }
  return out;
}
