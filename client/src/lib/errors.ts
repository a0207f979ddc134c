import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { FieldError } from '../../../server/src/common/field-error';

export type { FieldError };

export type ProblemCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK'
  | 'UNKNOWN';

/** What went wrong with one API call, reduced to what the interface explains. */
export interface Problem {
  code: ProblemCode;
  /** The server's own message (English), shown as detail. */
  message: string;
  /** BAD_USER_INPUT: the offending input fields and why (a code per rule), keyed by input field name. */
  fieldErrors: Record<string, FieldError>;
}

const KNOWN: ProblemCode[] = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'INTERNAL_SERVER_ERROR'];

/** Input field paths may come as "input.title" or "members.0.agencyId"; forms use the first input-level name. */
function fieldName(path: string): string {
  const parts = path.split('.').filter((p) => p !== 'input');
  return parts[0] ?? path;
}

export function problemOf(error: unknown): Problem | null {
  if (!error) return null;
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const ext = (first?.extensions ?? {}) as Record<string, unknown>;
    const raw = typeof ext.code === 'string' ? ext.code : 'UNKNOWN';
    const code = (KNOWN as string[]).includes(raw) ? (raw as ProblemCode) : raw === 'GRAPHQL_VALIDATION_FAILED' ? 'BAD_USER_INPUT' : 'UNKNOWN';
    const fieldErrors: Record<string, FieldError> = {};
    for (const e of error.errors) {
      const x = (e.extensions ?? {}) as { fieldErrors?: Record<string, FieldError>; fields?: string[] };
      if (x.fieldErrors && typeof x.fieldErrors === 'object') {
        for (const [k, v] of Object.entries(x.fieldErrors)) if (v && typeof v === 'object') fieldErrors[fieldName(k)] ??= v;
      }
      // A field named without details (e.g. by graphql's own coercion) is only "not valid".
      for (const f of x.fields ?? []) fieldErrors[fieldName(f)] ??= { code: 'INVALID', message: '' };
    }
    return { code, message: first?.message ?? error.message, fieldErrors };
  }
  if (ServerError.is(error) || ServerParseError.is(error)) {
    return { code: 'NETWORK', message: error.message, fieldErrors: {} };
  }
  if (error instanceof TypeError) return { code: 'NETWORK', message: error.message, fieldErrors: {} };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'UNKNOWN', message, fieldErrors: {} };
}

/** A FORBIDDEN problem for screens the viewer's permissions rule out before asking the API. */
export function localForbidden(message = 'Your role does not allow this.'): CombinedGraphQLErrors {
  return new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions: { code: 'FORBIDDEN' } }] });
}
