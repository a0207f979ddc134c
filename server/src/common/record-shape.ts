/**
 * Related records fetched with a list: a list statement can fetch the relations its query
 * selects (an action item's agency, its commitment and that commitment's agreement) as JSON
 * values of correlated subqueries, instead of one more statement per relation. Correlated
 * subqueries keep planning cheap (no join order to search) and each record arrives as one
 * value, parsed natively.
 *
 * A record's shape is the module's own column list (e.g. AGENCY_COLUMNS), so a record built here
 * has the keys and values of the module's rows. That holds for the types whose JSON form equals
 * their row form as the pg driver returns them: integers, floats, text, booleans, arrays of text
 * and dates (dates come back as YYYY-MM-DD text); never use it for timestamps.
 */

/** Per model class: the columns each of its field resolvers reads, declared with `@Reads`. */
const declaredReads = new Map<abstract new () => object, Record<string, readonly string[]>>();

/**
 * Declares on a field resolver which of its root record's columns it reads, so a list that
 * fetches only the columns a selection needs (RecordShape.keysFor) fetches these when the field
 * is selected. Declared beside the code that reads them; a field resolver of a shaped model
 * without one makes a selection of it fetch every column (and fails `record-shape.test.ts`).
 *
 *     @Reads(AgencyModel, 'provinceCode')
 *     @FieldResolver(() => ProvinceModel, { nullable: true })
 *     province(@Root() agency: AgencyModel) { ... agency.provinceCode ... }
 */
export function Reads<T extends object>(model: abstract new () => T, ...keys: (keyof T & string)[]): MethodDecorator {
  return (_target, field) => {
    const reads = declaredReads.get(model) ?? {};
    reads[String(field)] = keys;
    declaredReads.set(model, reads);
  };
}

/** Every shape made, for the check that each field resolver of a shaped model declares what it reads. */
const shapes: RecordShape<object>[] = [];

export function recordShapes(): readonly RecordShape<object>[] {
  return shapes;
}

export class RecordShape<T extends object> {
  private readonly exprs = new Map<string, string>();
  /** Every key, in column order (the first is the id). */
  readonly keys: readonly string[];

  /**
   * `columns`: a module's column list, `expr [as "alias"]` items separated by commas.
   * `model`: the GraphQL class of the record; picked records are its instances, which
   * type-graphql hands to field resolvers as they are instead of copying them per field.
   * What the model's field resolvers read is declared on them with `@Reads` and looked up when
   * a selection is answered (every resolver is loaded by then). `needs` adds such declarations
   * here instead, for shapes that have not moved theirs onto their resolvers.
   */
  constructor(
    columns: string,
    readonly model: abstract new () => T,
    private readonly needs: Record<string, readonly string[]> = {},
  ) {
    const keys: string[] = [];
    for (const item of columns.split(',')) {
      const m = /^\s*(.+?)(?:\s+as\s+"?([A-Za-z_]\w*)"?)?\s*$/is.exec(item);
      if (!m) throw new Error(`Cannot read the column "${item}"`);
      const key = m[2] ?? /(\w+)$/.exec(m[1])![1];
      keys.push(key);
      this.exprs.set(key, m[1]);
    }
    this.keys = keys;
    shapes.push(this);
  }

  /**
   * The columns the model's field `field` reads: itself for a column, what its resolver declares
   * (`@Reads`, or `needs`) for a field resolver, undefined for a field this shape does not know.
   */
  readsFor(field: string): readonly string[] | undefined {
    if (this.exprs.has(field)) return [field];
    const declared = declaredReads.get(this.model);
    if (declared && Object.hasOwn(declared, field)) return declared[field];
    return Object.hasOwn(this.needs, field) ? this.needs[field] : undefined;
  }

  /**
   * The keys a selection of the model's fields needs: the id, the selected columns and what the
   * selected field resolvers read. A field this shape does not know (a new field resolver)
   * takes every column, so a selection is never answered from a record that lacks a value.
   * Fields answered from prefetched values (`prefetched`) need nothing of their own.
   */
  keysFor(fields: Iterable<string>, prefetched: readonly string[] = []): readonly string[] {
    const out = new Set<string>([this.keys[0]]);
    for (const field of fields) {
      if (field === '__typename' || prefetched.includes(field)) continue;
      const reads = this.readsFor(field);
      if (!reads) return this.keys;
      for (const key of reads) out.add(key);
    }
    return this.keys.filter((k) => out.has(k));
  }

  /** Select-list items `expr as "key"` for `keys`. */
  columns(keys: readonly string[] = this.keys): string {
    return keys.map((k) => `${this.exprs.get(k)} as "${k}"`).join(', ');
  }

  /** `json_build_object(...)` of `keys` of the record, then `extra` keys (at most 50 keys in all). */
  jsonObject(keys: readonly string[] = this.keys, extra: Record<string, string> = {}): string {
    const pairs = keys.map((k) => `'${k}', ${this.exprs.get(k)}`);
    for (const [key, expr] of Object.entries(extra)) pairs.push(`'${key}', ${expr}`);
    return `json_build_object(${pairs.join(', ')})`;
  }

  /** `keys` of `source` (a row, or a JSON object built by jsonObject) as a model instance; null for null. */
  pick(source: Record<string, unknown> | null | undefined, keys: readonly string[] = this.keys): T | null {
    if (!source) return null;
    const out = Object.create(this.model.prototype) as Record<string, unknown>;
    for (let i = 0; i < keys.length; i++) out[keys[i]] = source[keys[i]];
    return out as T;
  }
}
