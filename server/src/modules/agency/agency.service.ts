import type { Context } from '../../common/context';
import { AgencyLevel } from '../../common/enums';
import { InputErrors, notFound, optionalText, requiredText } from '../../common/errors';
import { MAX_LENGTH } from '../../common/limits';
import { isBlank, trimText } from '../../common/text';
import { parseId } from '../../common/ids';
import { diff, runMutation } from '../../common/mutation';
import { paginate, Params, type PageQuery } from '../../common/pagination';
import { authorize, requireViewer } from '../auth/policy';
import { referenceData, unknownProvince } from '../province/reference.service';
import { escapeLike } from '../../common/sql';
import type { AgencyFilter, CreateAgencyInput, UpdateAgencyInput } from './agency.inputs';
import { AGENCY_COLUMNS, type AgencyModel } from './agency.model';
import { canCreateAgency, canUpdateAgency } from './agency.policy';

const FIELDS: (keyof AgencyModel)[] = ['name', 'acronym', 'sector', 'level', 'provinceCode', 'regencyCode', 'active'];

/**
 * The directory of agencies: every signed-in user reads all of it (national bodies included).
 * The list's statement parts: filters and order (pages and exports share them).
 */
export function agencyListQuery(ctx: Context, filter: AgencyFilter | null | undefined): PageQuery {
  requireViewer(ctx);
  const params = new Params();
  const where: string[] = [];
  if (filter?.provinceCode) where.push(`a.province_code = ${params.add(filter.provinceCode)}`);
  if (filter?.sector) where.push(`a.sector = ${params.add(filter.sector)}`);
  if (filter?.level) where.push(`a.level = ${params.add(filter.level)}`);
  if (filter?.active !== undefined && filter?.active !== null) where.push(`a.active = ${params.add(filter.active)}`);
  if (filter?.search && !isBlank(filter.search)) {
    const p = params.add(`%${escapeLike(trimText(filter.search))}%`);
    where.push(`(a.name ilike ${p} or a.acronym ilike ${p})`);
  }
  return {
    columns: AGENCY_COLUMNS,
    from: 'from agency a',
    where,
    params,
    keys: [
      { expr: 'a.name', type: 'text' },
      { expr: 'a.id', type: 'int' },
    ],
    direction: 'asc',
  };
}

export function listAgencies(ctx: Context, filter: AgencyFilter | null | undefined, first?: number, after?: string | null) {
  return paginate<AgencyModel>(ctx.sql, agencyListQuery(ctx, filter), first, after);
}

export async function getAgency(ctx: Context, idRaw: string): Promise<AgencyModel> {
  requireViewer(ctx);
  const id = parseId(idRaw);
  const row = id ? await ctx.sql.maybeOne<AgencyModel>(`select ${AGENCY_COLUMNS} from agency a where a.id = $1`, [id]) : null;
  if (!row) throw notFound('Agency', idRaw);
  return row;
}

export async function createAgency(ctx: Context, input: CreateAgencyInput): Promise<AgencyModel> {
  const viewer = requireViewer(ctx);
  const errors = new InputErrors();
  const ref = referenceData();
  const regency = input.regencyCode ? ref.regency(input.regencyCode) : null;
  const provinceCode = input.provinceCode ?? regency?.provinceCode ?? null;
  if (!unknownProvince(input.provinceCode)) authorize(
    canCreateAgency(viewer, input.level, provinceCode),
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
    const row = await tx.sql.one<AgencyModel>(
      `insert into agency as a (name, acronym, sector, level, province_code, regency_code, active, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, true, now(), now()) returning ${AGENCY_COLUMNS}`,
      [
        name,
        acronym,
        input.sector,
        input.level,
        input.level === AgencyLevel.NATIONAL ? null : provinceCode,
        input.level === AgencyLevel.NATIONAL ? null : (input.regencyCode ?? null),
      ],
    );
    await tx.audit({ entityType: 'Agency', entityId: row.id, provinceCode: row.provinceCode, changes: diff(null, row, FIELDS) });
    return row;
  });
}

export async function updateAgency(ctx: Context, idRaw: string, input: UpdateAgencyInput): Promise<AgencyModel> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, 'updateAgency', async (tx) => {
    const id = parseId(idRaw);
    const before = id
      ? await tx.sql.maybeOne<AgencyModel>(`select ${AGENCY_COLUMNS} from agency a where a.id = $1 for update`, [id])
      : null;
    if (!before) throw notFound('Agency', idRaw);
    authorize(canUpdateAgency(viewer, before), 'You can only change agencies of your own province.');
    const errors = new InputErrors();
    const name = input.name === undefined || input.name === null ? before.name : requiredText(errors, 'name', input.name);
    const acronym = input.acronym === undefined ? before.acronym : optionalText(errors, 'acronym', input.acronym, MAX_LENGTH.acronym);
    errors.throwIfAny();
    const after = await tx.sql.one<AgencyModel>(
      `update agency a set name = $2, acronym = $3, sector = $4, active = $5, updated_at = now()
       where a.id = $1 returning ${AGENCY_COLUMNS}`,
      [id, name, acronym ?? null, input.sector ?? before.sector, input.active ?? before.active],
    );
    await tx.audit({ entityType: 'Agency', entityId: id!, provinceCode: after.provinceCode, changes: diff(before, after, FIELDS) });
    return after;
  });
}
