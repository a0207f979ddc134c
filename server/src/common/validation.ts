/**
 * The validation layer of the GraphQL inputs: class-validator decorators on the input classes
 * state their shape rules (non-blank text, lengths from limits.ts, e-mail addresses), and
 * type-graphql runs them on every argument before the resolver (`validateFn` in schema.ts).
 *
 * The layer does not refuse on its own: a refusal names every problem of an input at once,
 * shape and domain rules alike (a blank name next to a missing regency), so the errors it finds
 * are kept with the input and a service's collector starts from them (inputErrors). Each
 * decorator runs the rule the service's check runs (errors.ts shapeRules, used by requiredText,
 * optionalText, checkLength), which stays for the callers that pass no GraphQL input
 * (imports); for a field the layer already refused, the first error stands.
 */
import { validateSync, ValidateBy, type ValidationError } from 'class-validator';
import { InputErrors, shapeRules } from './errors';
import type { FieldError } from './field-error';
import { trimText } from './text';

/** The field error of one rule for a value, or null (shapeRules, for the values the rule applies to). */
type Check = (value: unknown) => FieldError | null;

/**
 * A decorator running one shape rule. The check travels in the constraint's context, so the
 * field error is the rule's own (code, message, details), not a copy kept with the decorator.
 */
function rule(name: string, check: Check): PropertyDecorator {
  return ValidateBy(
    { name, validator: { validate: (value) => check(value) === null, defaultMessage: (args) => check(args?.value)?.message ?? '' } },
    { context: { check } },
  );
}

const ifText = (check: (text: string) => FieldError | null): Check => (v) => (typeof v === 'string' ? check(v) : null);

/** REQUIRED: text that is not blank. */
export const NotBlank = () => rule('notBlank', ifText(shapeRules.notBlank));

/** TOO_LONG: at most `max` characters, counted after trimming unless `trim` is false (passwords). */
export const MaxText = (max: number, { trim = true } = {}) => rule('maxLength', ifText((t) => shapeRules.maxLength(trim ? trimText(t) : t, max)));

/** TOO_SHORT: at least `min` characters, as typed. */
export const MinText = (min: number) => rule('minLength', ifText((t) => shapeRules.minLength(t, min)));

/** TOO_FEW: a list of at least `min` entries, named `what` in the message ("agency"). */
export const MinEntries = (min: number, what: string) => rule('minEntries', (v) => (Array.isArray(v) ? shapeRules.minEntries(v, min, what) : null));

/** INVALID: an e-mail address. */
export const EmailAddress = () => rule('email', ifText(shapeRules.email));

/** The field errors of class-validator's result, the first per field, nested inputs by their own field names. */
function toFieldErrors(errors: ValidationError[], out: Record<string, FieldError> = {}): Record<string, FieldError> {
  for (const e of errors) {
    const [constraint] = Object.keys(e.constraints ?? {});
    const check = (e.contexts?.[constraint ?? ''] as { check?: Check } | undefined)?.check;
    const error = check?.(e.value);
    if (error && !(e.property in out)) out[e.property] = error;
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
