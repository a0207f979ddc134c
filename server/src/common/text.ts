/**
 * What text the hub accepts, written once: every string argument of every request is checked
 * against `unacceptableText` before anything runs (http/input-hygiene.ts), and every text field
 * is trimmed with `trimText` (common/errors.ts requiredText/optionalText, search filters).
 */
import type { FieldError } from './field-error';
import { MAX_LENGTH } from './limits';

/** NUL, and UTF-16 surrogates that are not part of a pair (they are not characters at all). */
const UNACCEPTABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string can never be stored or compared (PostgreSQL refuses NUL; a lone surrogate is no character), or null. */
export function unacceptableText(value: string): FieldError | null {
  return UNACCEPTABLE.test(value) ? { code: 'BAD_CHARACTERS', message: 'must not contain NUL characters or unpaired UTF-16 surrogates' } : null;
}

/** White space and the invisible zero-width characters (U+200B–U+200D, U+2060, U+FEFF). */
const EDGES = /^[\s\u200B-\u200D\u2060\uFEFF]+|[\s\u200B-\u200D\u2060\uFEFF]+$/g;

/** The text without surrounding white space and zero-width characters; '' means blank. */
export function trimText(value: string): string {
  return value.replace(EDGES, '');
}

/** Whether a text is blank: nothing left after trimText. */
export const isBlank = (value: string | null | undefined) => value === null || value === undefined || trimText(value) === '';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An e-mail address as accounts hold it: without surrounding spaces, in lower case. */
export const normalEmail = (value: string) => value.trim().toLowerCase();

/** Whether a text is an e-mail address (once normalEmail'd) of at most MAX_LENGTH.email characters. */
export function isEmailAddress(value: string): boolean {
  const email = normalEmail(value);
  return EMAIL.test(email) && email.length <= MAX_LENGTH.email;
}
