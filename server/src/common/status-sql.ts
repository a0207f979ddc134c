/**
 * Building blocks of the rule twins (`<module>.status.ts`): a rule's SQL form is written from
 * the same constants as its TypeScript form.
 */

/** `column` of the table aliased `alias`, or the bare column when there is no alias (a rollup's own columns). */
export const column = (alias: string, name: string) => (alias ? `${alias}.${name}` : name);

/** `alias.status in ('A', 'B')` for enum values (our own constants, checked, never user input). */
export function statusInSql(alias: string, statuses: readonly string[]): string {
  for (const s of statuses) if (!/^[A-Z_]+$/.test(s)) throw new Error(`Not an enum value: ${s}`);
  return `${column(alias, 'status')} in (${statuses.map((s) => `'${s}'`).join(', ')})`;
}

/** `asOf` (a placeholder or date literal) as a date; unchanged when it is cast already (`$1::date`). */
export const asDate = (asOf: string) => (asOf.endsWith('::date') ? asOf : `${asOf}::date`);
