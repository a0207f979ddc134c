/**
 * The validation layer of the GraphQL inputs: class-validator decorators on the input classes
 * state their shape rules (non-blank text, lengths from limits.ts, e-mail addresses), and
 * type-graphql runs them on every argument before the resolver (`validateFn` in schema.ts).
 *
 * The layer does not refuse on its own: a refusal names every problem of an input at once,
 * shape and domain rules alike (a blank name next to a missing regency), so the errors it finds
 * are kept with the input and a service's collector starts from them (inputErrors). Each
 * decorator gives the code, message and details of the service check for the same rule
 * (requiredText, optionalText, checkLength), which stays for the callers that pass no GraphQL
 * input (imports); for a field the layer already refused, the first error stands.
 */
import { validateSync, ValidateBy, type ValidationError } from 'class-validator';
import { fieldError, InputErrors } from './errors';
import type { FieldError, FieldErrorCode, FieldErrorDetails } from './field-error';
import { isEmailAddress, trimText } from './text';

/** class-validator's constraint names, as field error codes (any other: INVALID). */
const CONSTRAINT_CODES: Record<string, FieldErrorCode> = {
  isNotEmpty: 'REQUIRED',
  isDefined: 'REQUIRED',
  maxLength: 'TOO_LONG',
  minLength: 'TOO_SHORT',
  min: 'OUT_OF_RANGE',
  max: 'OUT_OF_RANGE',
  arrayMinSize: 'TOO_FEW',
};

/** A rule of one field: its constraint name (see CONSTRAINT_CODES), test, message and details. */
function rule(name: string, isValid: (value: unknown) => boolean, message: string, details: FieldErrorDetails = {}): PropertyDecorator {
  return ValidateBy({ name, validator: { validate: isValid, defaultMessage: () => message } }, { context: details });
}

const text = (value: unknown, trim: boolean) => (typeof value === 'string' ? (trim ? trimText(value) : value) : null);

/** REQUIRED: text that is not blank (white space and zero-width characters only). */
export const NotBlank = () => rule('isNotEmpty', (v) => (text(v, true) ?? 'x') !== '', 'must not be empty');

/** TOO_LONG: at most `max` characters, counted after trimming unless `trim` is false (passwords). */
export const MaxText = (max: number, { trim = true } = {}) =>
  rule('maxLength', (v) => (text(v, trim) ?? '').length <= max, `must be at most ${max} characters`, { max });

/** TOO_SHORT: at least `min` characters, as typed. */
export const MinText = (min: number) => rule('minLength', (v) => (text(v, false) ?? '').length >= min, `must be at least ${min} characters`, { min });

/** TOO_FEW: a list of at least `min` entries, named `what` in the message ("agency"). */
export const MinEntries = (min: number, what: string) =>
  rule('arrayMinSize', (v) => !Array.isArray(v) || v.length >= min, `must name at least ${min === 1 ? 'one' : min} ${what}`, { min });

/** INVALID: an e-mail address (common/text.ts isEmailAddress). */
export const EmailAddress = () => rule('isEmail', (v) => typeof v !== 'string' || isEmailAddress(v), 'must be an email address');

/** The field errors of class-validator's result, the first per field, nested inputs by their own field names. */
function toFieldErrors(errors: ValidationError[], out: Record<string, FieldError> = {}): Record<string, FieldError> {
  for (const e of errors) {
    const [constraint, message] = Object.entries(e.constraints ?? {})[0] ?? [];
    if (constraint !== undefined && !(e.property in out)) {
      out[e.property] = fieldError(CONSTRAINT_CODES[constraint] ?? 'INVALID', message, (e.contexts?.[constraint] as FieldErrorDetails | undefined) ?? {});
    }
    if (e.children?.length) toFieldErrors(e.children, out);
  }
  return out;
}

/** What the decorators of an input object's class find wrong with it; empty when nothing (or no class). Null and absent fields pass. */
export function shapeErrors(input: object): Record<string, FieldError> {
  return toFieldErrors(validateSync(input, { skipMissingProperties: true, forbidUnknownValues: false }));
}

const found = new WeakMap<object, Record<string, FieldError>>();

/** type-graphql's validateFn: checks each input object of an argument and keeps what it finds with it. */
export function validateInputArg(arg: unknown): void {
  for (const input of Array.isArray(arg) ? arg : [arg]) {
    if (input !== null && typeof input === 'object') found.set(input, shapeErrors(input));
  }
}

/** A service's error collector for one input, starting from what the validation layer found in it. */
export function inputErrors(input: object): InputErrors {
  return new InputErrors(found.get(input) ?? {});
}
