import type { Context } from '../../common/context';
import { AgencyLevel } from '../../common/enums';
import { notFound, optionalText, requiredText } from '../../common/errors';
import { MAX_LENGTH } from '../../common/limits';
import { isBlank, trimText } from '../../common/text';
import { parseId } from '../../common/ids';
import { diff, runMutation } from '../../common/mutation';
import { paginate, type PageQuery } from '../../common/pagination';
import { authorize, requireViewer } from '../auth/policy';
import { referenceData, unknownProvince } from '../province/reference.service';
import type { AgencyFilter, CreateAgencyInput, UpdateAgencyInput } from './agency.inputs';
import type { AgencyModel } from './agency.model';
import { canAgency } from './agency.policy';
import { AGENCY_AUDITED, agencyListParts, agencyRow, insertAgency, updateAgencyRow } from './agency.sql';
import { inputErrors } from '../../common/validation';

/**
 * The directory of agencies: every signed-in user reads all of it (national bodies included).
 * The list's statement parts: filters and order (pages and exports share them).
 */
export function agencyListQuery(ctx: Context, filter: AgencyFilter | null | undefined): PageQuery {
  requireViewer(ctx);
  const search = filter?.search && !isBlank(filter.search) ? trimText(filter.search) : null;
  return agencyListParts({ ...filter, search });
}

export function listAgencies(ctx: Context, filter: AgencyFilter | null | undefined, first?: number, after?: string | null) {
  return paginate<AgencyModel>(ctx.sql, agencyListQuery(ctx, filter), first, after);
}

export async function getAgency(ctx: Context, idRaw: string): Promise<AgencyModel> {
  requireViewer(ctx);
  const id = parseId(idRaw);
  const row = id ? await agencyRow(ctx.sql, id) : null;
  if (!row) throw notFound('Agency', idRaw);
  return row;
}

export async function createAgency(ctx: Context, input: CreateAgencyInput): Promise<AgencyModel> {
  const viewer = requireViewer(ctx);
  const errors = inputErrors(input);
  const ref = referenceData();
  const regency = input.regencyCode ? ref.regency(input.regencyCode) : null;
  const provinceCode = input.provinceCode ?? regency?.provinceCode ?? null;
  if (!unknownProvince(input.provinceCode)) authorize(
    canAgency(viewer, 'create', { level: input.level, provinceCode }),
    input.level === AgencyLevel.NATIONAL
      ? 'Only an administrator can add national agencies.'
      : 'You can only add agencies of your own province.',
  );
  return runMutation(ctx, 'createAgency', async (tx) => {
    const name = requiredText(errors, 'name', input.name);
    const acronym = optionalText(errors, 'acronym', input.acronym, MAX_LENGTH.acronym) ?? null;
    if (input.level === AgencyLevel.NATIONAL) {
      errors.check(!input.provinceCode, 'provinceCode', 'NOT_APPLICABLE', 'must be empty for a national agency', { when: 'NATIONAL_AGENCY' });
      errors.check(!input.regencyCode, 'regencyCode', 'NOT_APPLICABLE', 'must be empty for a national agency', { when: 'NATIONAL_AGENCY' });
    } else {
      if (!provinceCode) errors.add('provinceCode', 'REQUIRED', 'is required for a provincial or regency agency', { when: 'PROVINCIAL_AGENCY' });
      else if (!ref.province(provinceCode)) errors.add('provinceCode', 'NOT_FOUND', 'is not a known province code');
      if (input.level === AgencyLevel.REGENCY && !input.regencyCode) {
        errors.add('regencyCode', 'REQUIRED', 'is required for a regency agency', { when: 'REGENCY_AGENCY' });
      }
      if (input.regencyCode) {
        if (!regency) errors.add('regencyCode', 'NOT_FOUND', 'is not a known regency code');
        else if (provinceCode && regency.provinceCode !== provinceCode) {
          errors.add('regencyCode', 'OTHER_PROVINCE', 'is not a regency of the given province');
        }
      }
    }
    errors.throwIfAny();
    const row = await insertAgency(tx.sql, {
      name,
      acronym,
      sector: input.sector,
      level: input.level,
      provinceCode: input.level === AgencyLevel.NATIONAL ? null : provinceCode,
      regencyCode: input.level === AgencyLevel.NATIONAL ? null : (input.regencyCode ?? null),
    });
    await tx.audit({ entityType: 'Agency', entityId: row.id, provinceCode: row.provinceCode, changes: diff(null, row, AGENCY_AUDITED) });
    return row;
  });
}

export async function updateAgency(ctx: Context, idRaw: string, input: UpdateAgencyInput): Promise<AgencyModel> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, 'updateAgency', async (tx) => {
    const id = parseId(idRaw);
    const before = id ? await agencyRow(tx.sql, id, true) : null;
    if (!before) throw notFound('Agency', idRaw);
    authorize(canAgency(viewer, 'update', before), 'You can only change agencies of your own province.');
    const errors = inputErrors(input);
    const name = input.name === undefined || input.name === null ? before.name : requiredText(errors, 'name', input.name);
    const acronym = input.acronym === undefined ? before.acronym : optionalText(errors, 'acronym', input.acronym, MAX_LENGTH.acronym);
    errors.throwIfAny();
    const after = await updateAgencyRow(tx.sql, id!, {
      name,
      acronym: acronym ?? null,
      sector: input.sector ?? before.sector,
      active: input.active ?? before.active,
    });
    await tx.audit({ entityType: 'Agency', entityId: id!, provinceCode: after.provinceCode, changes: diff(before, after, AGENCY_AUDITED) });
    return after;
  });
}
