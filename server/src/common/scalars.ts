import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate, toIsoDateTime } from './dates';

function badDate(value: unknown): GraphQLError {
  return new GraphQLError(`Date must be a calendar date written YYYY-MM-DD (got ${JSON.stringify(value)})`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/** A calendar date in ISO form (YYYY-MM-DD), no time zone. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date in ISO form (YYYY-MM-DD), without a time zone.',
  serialize(value) {
    if (typeof value === 'string' && isIsoDate(value)) return value;
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    throw new GraphQLError(`Date cannot represent ${JSON.stringify(value)}`);
  },
  parseValue(value) {
    if (typeof value === 'string' && isIsoDate(value)) return value;
    throw badDate(value);
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING && isIsoDate(ast.value)) return ast.value;
    throw badDate(ast.kind === Kind.STRING ? ast.value : ast.kind);
  },
});

/** An ISO-8601 timestamp with offset, always emitted in UTC. */
export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'An ISO-8601 timestamp with offset, e.g. 2026-11-22T04:30:00.000Z.',
  serialize(value) {
    if (typeof value === 'string' || value instanceof Date) return toIsoDateTime(value);
    throw new GraphQLError(`DateTime cannot represent ${JSON.stringify(value)}`);
  },
  parseValue(value) {
    if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return new Date(value).toISOString();
    throw new GraphQLError('DateTime must be an ISO-8601 timestamp', { extensions: { code: 'BAD_USER_INPUT' } });
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING && !Number.isNaN(Date.parse(ast.value))) return new Date(ast.value).toISOString();
    throw new GraphQLError('DateTime must be an ISO-8601 timestamp', { extensions: { code: 'BAD_USER_INPUT' } });
  },
});
