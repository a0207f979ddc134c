import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';

/** Where a record keeps the values of its fields that its parent's statement already fetched. */
const PREFETCHED = Symbol('prefetched');

type WithPrefetched = { [PREFETCHED]?: Record<string, unknown> };

/**
 * Gives `record` the value of one of its fields (a relation without arguments), fetched by the
 * statement that fetched the record: the field then answers it without calling its resolver.
 * The value must be what the resolver would answer (same records, scope included); it is only
 * reachable through this record, so it may hold only the columns its query selects.
 */
export function prefetch(record: object, field: string, value: unknown): void {
  const r = record as WithPrefetched;
  (r[PREFETCHED] ??= {})[field] = value;
}

/**
 * Wraps the resolver of every object field so that a prefetched value is answered as it is,
 * before (and instead of) the field's own resolver: no DataLoader round, and none of
 * type-graphql's per-call work, for relations a list fetched with its page.
 */
export function answerPrefetched(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve as GraphQLFieldResolver<unknown, unknown> | undefined;
      if (!resolve || field.args.length > 0) continue;
      const name = field.name;
      field.resolve = (source, args, context, info) => {
        const prefetched = (source as WithPrefetched | null)?.[PREFETCHED];
        if (prefetched !== undefined && name in prefetched) return prefetched[name];
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
