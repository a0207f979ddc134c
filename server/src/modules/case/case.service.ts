import type { Context, Viewer } from '../../common/context';
import { ReferralStatus } from '../../common/enums';
import { InputErrors } from '../../common/errors';
import { parseId } from '../../common/ids';
import { diff, runMutation } from '../../common/mutation';
import { paginate, type PageQuery } from '../../common/pagination';
import { readInScope } from '../../common/records';
import type { Sql } from '../../common/sql';
import { checkAgency } from '../agency/agency.checks';
import { CASE_CODE_ATTEMPTS, caseCode } from './case.code';
import { authorize, requireViewer } from '../auth/policy';
import { referenceData, unknownProvince } from '../province/reference.service';
import type { CaseFilter, RecordCaseInput, ReferCaseInput, RecordServiceInput, RespondToReferralInput, SetCaseOutcomeInput } from './case.inputs';
import { CLOSED_OUTCOMES, type CaseModel, type ReferralModel, type ServiceRecordModel } from './case.model';
import {
  CASE_AUDITED,
  caseListParts,
  caseRead,
  caseRow,
  insertCase,
  insertReferral,
  insertService,
  REFERRAL_AUDITED,
  referralRead,
  SERVICE_AUDITED,
  updateCaseOutcome,
  updateReferralStatus,
} from './case.sql';
import { canCase } from './case.policy';
import { notifyChange } from '../notification/notification.writer';

function requireCaseReader(ctx: Context): Viewer {
  const viewer = requireViewer(ctx);
  authorize(canCase(viewer, 'readAny'), 'Oversight bodies see case figures only as aggregates, never individual case records.');
  return viewer;
}

/** The list's statement parts: scope, filters and order (pages and exports share them). */
export function caseListQuery(ctx: Context, filter: CaseFilter | null | undefined): PageQuery {
  const viewer = requireCaseReader(ctx);
  return caseListParts(viewer, { ...filter, agencyId: filter?.agencyId ? (parseId(filter.agencyId) ?? 0) : null });
}

export function listCases(ctx: Context, filter: CaseFilter | null | undefined, first?: number, after?: string | null) {
  return paginate<CaseModel>(ctx.sql, caseListQuery(ctx, filter), first, after);
}

export function getCase(ctx: Context, id: string, sql: Sql = ctx.sql, lock = false): Promise<CaseModel> {
  const viewer = requireCaseReader(ctx);
  return readInScope<CaseModel>(sql, { ...caseRead(viewer), id, lock });
}

function checkDay(errors: InputErrors, field: string, day: string, today: string, notBefore?: { day: string; name: string; field: string }) {
  if (day > today) errors.add(field, 'FUTURE_DATE', 'must not be in the future');
  else if (notBefore && day < notBefore.day) errors.add(field, 'DATE_ORDER', `must not be before ${notBefore.name}`, { after: notBefore.field });
}

/**
 * Inserts the case under a fresh random code (case.code.ts), drawing again while the code is
 * taken: the unique constraint decides, so two hubs can never hand out the same code.
 */
async function insertWithNewCode(sql: Sql, input: RecordCaseInput, intakeAgencyId: number): Promise<number> {
  const isoCode = referenceData().province(input.provinceCode)!.isoCode;
  const year = Number(input.reportedOn.slice(0, 4));
  for (let attempt = 0; attempt < CASE_CODE_ATTEMPTS; attempt++) {
    const inserted = await insertCase(sql, {
      code: caseCode(isoCode, year),
      provinceCode: input.provinceCode,
      regencyCode: input.regencyCode ?? null,
      issueArea: input.issueArea,
      victimAgeGroup: input.victimAgeGroup,
      victimSex: input.victimSex,
      reportedOn: input.reportedOn,
      intakeAgencyId,
    });
    if (inserted) return inserted.id;
  }
  throw new Error(`No free case code for ${isoCode}-${year} after ${CASE_CODE_ATTEMPTS} draws`);
}

export async function recordCase(ctx: Context, input: RecordCaseInput): Promise<CaseModel> {
  const viewer = requireCaseReader(ctx);
  if (!unknownProvince(input.provinceCode)) authorize(
    canCase(viewer, 'record', input),
    "You can only record cases of your own province (members: cases your own agency takes in, in your agency's province).",
  );
  return runMutation(ctx, 'recordCase', async (tx) => {
    const errors = new InputErrors();
    const ref = referenceData();
    if (!ref.province(input.provinceCode)) errors.add('provinceCode', 'NOT_FOUND', 'is not a known province code');
    if (input.regencyCode) {
      const regency = ref.regency(input.regencyCode);
      if (!regency) errors.add('regencyCode', 'NOT_FOUND', 'is not a known regency code');
      else if (regency.provinceCode !== input.provinceCode) errors.add('regencyCode', 'OTHER_PROVINCE', 'is not a regency of the given province');
    }
    checkDay(errors, 'reportedOn', input.reportedOn, tx.today);
    const intake = await checkAgency(tx.sql, errors, 'intakeAgencyId', input.intakeAgencyId);
    errors.throwIfAny();
    const id = await insertWithNewCode(tx.sql, input, intake!.id);
    const row = await caseRow(tx.sql, id);
    await tx.audit({ entityType: 'Case', entityId: id, provinceCode: input.provinceCode, changes: diff(null, row, CASE_AUDITED) });
    return row;
  });
}

export async function referCase(ctx: Context, input: ReferCaseInput): Promise<ReferralModel> {
  const viewer = requireCaseReader(ctx);
  return runMutation(ctx, 'referCase', async (tx) => {
    const c = await getCase(ctx, input.caseId, tx.sql, true);
    authorize(
      canCase(viewer, 'refer', { provinceCode: c.provinceCode, agencyId: input.fromAgencyId }),
      'You can only refer cases of your own province (members: from your own agency).',
    );
    const errors = new InputErrors();
    const from = await checkAgency(tx.sql, errors, 'fromAgencyId', input.fromAgencyId);
    const to = await checkAgency(tx.sql, errors, 'toAgencyId', input.toAgencyId);
    if (from && to && from.id === to.id) errors.add('toAgencyId', 'RULE', 'must differ from fromAgencyId', { rule: 'SAME_AGENCY' });
    checkDay(errors, 'referredOn', input.referredOn, tx.today, { day: c.reportedOn, name: "the case's reportedOn", field: 'reportedOn' });
    errors.throwIfAny();
    const row = await insertReferral(tx.sql, { caseId: c.id, fromAgencyId: from!.id, toAgencyId: to!.id, referredOn: input.referredOn });
    await tx.audit({ entityType: 'Referral', entityId: row.id, provinceCode: c.provinceCode, changes: diff(null, row, REFERRAL_AUDITED) });
    await notifyChange(tx, 'REFERRAL_RECEIVED', row.id);
    return row;
  });
}

/** PENDING may be accepted, declined or completed; ACCEPTED may be completed or declined; the rest are final. */
const NEXT_STATUS: Record<ReferralStatus, ReferralStatus[]> = {
  [ReferralStatus.PENDING]: [ReferralStatus.ACCEPTED, ReferralStatus.DECLINED, ReferralStatus.COMPLETED],
  [ReferralStatus.ACCEPTED]: [ReferralStatus.COMPLETED, ReferralStatus.DECLINED],
  [ReferralStatus.DECLINED]: [],
  [ReferralStatus.COMPLETED]: [],
};

export async function respondToReferral(ctx: Context, input: RespondToReferralInput): Promise<ReferralModel> {
  const viewer = requireCaseReader(ctx);
  return runMutation(ctx, 'respondToReferral', async (tx) => {
    const before = await readInScope<ReferralModel>(tx.sql, { ...referralRead(viewer), id: input.referralId, lock: true });
    authorize(canCase(viewer, 'respond', before), 'Only the agency the case was referred to (or the province coordinator) can respond.');
    const errors = new InputErrors();
    if (!NEXT_STATUS[before.status].includes(input.status)) {
      errors.add(
        'status',
        'RULE',
        NEXT_STATUS[before.status].length
          ? `a ${before.status} referral can become ${NEXT_STATUS[before.status].join(' or ')}`
          : `the referral is already ${before.status}`,
        { rule: 'REFERRAL_STATE' },
      );
    }
    checkDay(errors, 'respondedOn', input.respondedOn, tx.today, { day: before.referredOn, name: 'referredOn', field: 'referredOn' });
    errors.throwIfAny();
    const after = await updateReferralStatus(tx.sql, before.id, input.status, input.respondedOn);
    await tx.audit({ entityType: 'Referral', entityId: before.id, provinceCode: before.provinceCode, changes: diff(before, after, ['status', 'respondedOn']) });
    return after;
  });
}

export async function recordService(ctx: Context, input: RecordServiceInput): Promise<ServiceRecordModel> {
  const viewer = requireCaseReader(ctx);
  return runMutation(ctx, 'recordService', async (tx) => {
    const c = await getCase(ctx, input.caseId, tx.sql, true);
    authorize(
      canCase(viewer, 'recordService', { provinceCode: c.provinceCode, agencyId: input.agencyId }),
      "You can only record services of your own agency (coordinators: on their province's cases).",
    );
    const errors = new InputErrors();
    const agency = await checkAgency(tx.sql, errors, 'agencyId', input.agencyId);
    checkDay(errors, 'providedOn', input.providedOn, tx.today, { day: c.reportedOn, name: "the case's reportedOn", field: 'reportedOn' });
    errors.throwIfAny();
    const row = await insertService(tx.sql, { caseId: c.id, agencyId: agency!.id, type: input.type, providedOn: input.providedOn });
    await tx.audit({ entityType: 'ServiceRecord', entityId: row.id, provinceCode: c.provinceCode, changes: diff(null, row, SERVICE_AUDITED) });
    return row;
  });
}

export async function setCaseOutcome(ctx: Context, input: SetCaseOutcomeInput): Promise<CaseModel> {
  const viewer = requireCaseReader(ctx);
  return runMutation(ctx, 'setCaseOutcome', async (tx) => {
    const before = await getCase(ctx, input.caseId, tx.sql, true);
    authorize(canCase(viewer, 'setOutcome', before), 'Only the intake agency (or the province coordinator) can set the outcome.');
    const errors = new InputErrors();
    const closing = CLOSED_OUTCOMES.includes(input.outcome);
    let closedOn: string | null = null;
    if (closing) {
      closedOn = input.closedOn ?? tx.today;
      checkDay(errors, 'closedOn', closedOn, tx.today, { day: before.reportedOn, name: "the case's reportedOn", field: 'reportedOn' });
    } else if (input.closedOn) {
      errors.add('closedOn', 'NOT_APPLICABLE', `must be empty while the case is ${input.outcome}`, { when: 'CASE_CLOSED' });
    }
    errors.throwIfAny();
    await updateCaseOutcome(tx.sql, before.id, input.outcome, closedOn);
    const after = await caseRow(tx.sql, before.id);
    await tx.audit({ entityType: 'Case', entityId: before.id, provinceCode: before.provinceCode, changes: diff(before, after, ['outcome', 'closedOn']) });
    return after;
  });
}

