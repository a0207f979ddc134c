import type { InputErrors } from '../../common/errors';
import { parseId, parseIds } from '../../common/ids';
import type { Sql } from '../../common/sql';
import { agencyRefs, type AgencyRef } from './agency.sql';

/**
 * Resolves agency ids given in an input: records a field error when one is unknown or
 * inactive (agencies listed in `allowInactive`, e.g. existing parties, are accepted as they are).
 */
export async function checkAgencies(
  sql: Sql,
  errors: InputErrors,
  field: string,
  raw: readonly (string | number)[],
  allowInactive: number[] = [],
): Promise<AgencyRef[]> {
  const ids = parseIds(raw);
  if (ids === null) {
    errors.add(field, 'NOT_FOUND', 'names an agency that does not exist');
    return [];
  }
  if (ids.length === 0) return [];
  const rows = await agencyRefs(sql, ids);
  if (rows.length !== ids.length) {
    errors.add(field, 'NOT_FOUND', 'names an agency that does not exist');
    return [];
  }
  if (rows.some((a) => !a.active && !allowInactive.includes(a.id))) errors.add(field, 'INACTIVE', 'names an inactive agency');
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)!);
}

/** One agency id of an input; null (with a field error) when unknown or inactive. */
export async function checkAgency(sql: Sql, errors: InputErrors, field: string, raw: string | number): Promise<AgencyRef | null> {
  if (parseId(raw) === null) {
    errors.add(field, 'NOT_FOUND', 'names an agency that does not exist');
    return null;
  }
  const [agency] = await checkAgencies(sql, errors, field, [raw]);
  return agency && !errors.has(field) ? agency : null;
}
