import { isIsoDate } from '../../common/dates';
import { badInput, fieldError } from '../../common/errors';
import type { FieldError } from '../../common/field-error';
import { MAX_LENGTH } from '../../common/limits';
import { parseId } from '../../common/ids';
import { unacceptableText } from '../../common/text';
import type { Lang } from '../../common/enum-labels';

/** The type of one filter field as a query parameter (the list filter's field of the same name). */
export type FilterSpec =
  | { type: 'string' | 'id' | 'date' | 'bool' | 'int' }
  /** `list`: the filter takes several values, comma-separated. */
  | { type: 'enum'; values: string[]; list: boolean };

export interface ParsedQuery {
  filter: Record<string, unknown>;
  lang: Lang;
}

function parseValue(name: string, raw: string, spec: FilterSpec, errors: Record<string, FieldError>): unknown {
  switch (spec.type) {
    case 'string':
      if (raw.length > MAX_LENGTH.filterText) errors[name] = fieldError('TOO_LONG', `must be at most ${MAX_LENGTH.filterText} characters`, { max: MAX_LENGTH.filterText });
      return raw;
    case 'id':
      if (!parseId(raw)) errors[name] = fieldError('INVALID', 'must be an id (a positive whole number)');
      return raw;
    case 'date':
      if (!isIsoDate(raw)) errors[name] = fieldError('INVALID', 'must be a date YYYY-MM-DD');
      return raw;
    case 'bool':
      if (raw !== 'true' && raw !== 'false') errors[name] = fieldError('INVALID', 'must be true or false');
      return raw === 'true';
    case 'int':
      if (!/^-?\d{1,9}$/.test(raw)) errors[name] = fieldError('INVALID', 'must be a whole number');
      return Number(raw);
    case 'enum': {
      const values = spec.list ? raw.split(',').map((v) => v.trim()) : [raw];
      const bad = values.filter((v) => !spec.values.includes(v));
      if (bad.length) errors[name] = fieldError('INVALID', `must be ${spec.list ? 'a comma-separated list of' : 'one of'} ${spec.values.join(', ')}`);
      return spec.list ? values : values[0];
    }
  }
}

/**
 * The filter of an export or report from its query parameters: each parameter named as the
 * list filter's field, `lang` (id or en) and the names in `extra`. An unknown parameter, a
 * repeated one, or a bad value is refused naming it (400); an empty value counts as absent.
 */
export function parseQuery(query: Record<string, unknown>, specs: Record<string, FilterSpec>): ParsedQuery {
  const errors: Record<string, FieldError> = {};
  const filter: Record<string, unknown> = {};
  let lang: Lang = 'id';
  for (const [name, value] of Object.entries(query)) {
    if (typeof value !== 'string') {
      errors[name] = fieldError('INVALID', 'must be given once, as one value');
      continue;
    }
    if (name === 'lang') {
      if (value === 'id' || value === 'en') lang = value;
      else errors.lang = fieldError('INVALID', 'must be id or en');
      continue;
    }
    const spec = specs[name];
    if (!spec) {
      errors[name] = fieldError('UNKNOWN_PARAMETER', 'is not a filter of this dataset');
      continue;
    }
    if (value === '') continue;
    const bad = unacceptableText(value);
    if (bad) {
      errors[name] = bad;
      continue;
    }
    filter[name] = parseValue(name, value, spec, errors);
  }
  if (Object.keys(errors).length) throw badInput(errors);
  return { filter, lang };
}
