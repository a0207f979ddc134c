import type { Context } from '../../common/context';
import { badInput, fieldError, type InputErrors, optionalText, requiredText } from '../../common/errors';
import { MAX_LENGTH } from '../../common/limits';
import { parseId } from '../../common/ids';
import { diff, runMutation, type Tx } from '../../common/mutation';
import { paginate, type PageQuery } from '../../common/pagination';
import { prefetch } from '../../common/prefetch';
import { readInScope } from '../../common/records';
import type { ReadSql } from '../../common/sql';
import { ACTION_ITEM_SHAPE, itemsOfCommitmentJson } from '../action-item/action-item.sql';
import { checkAgencies } from '../agency/agency.checks';
import { AGENCY_SHAPE } from '../agency/agency.sql';
import { COMMITMENT_SHAPE, commitmentsOfAgreementJson } from '../commitment/commitment.sql';
import { authorize, requireViewer } from '../auth/policy';
import { canMeeting } from '../meeting/meeting.policy';
import { referenceData, unknownProvince } from '../province/reference.service';
import type { AgreementFilter, CreateAgreementInput, UpdateAgreementInput } from './agreement.inputs';
import type { AgreementModel } from './agreement.model';
import { canAgreement } from './agreement.policy';
import { inputErrors } from '../../common/validation';
import {
  AGREEMENT_SHAPE,
  agreementInScope,
  agreementListSql,
  COMMITTED_OUTSIDE,
  insertAgreement,
  parentProvince,
  partiesJson,
  PARTY_IDS,
  updateAgreementSql,
  WRITE_PARTIES,
} from './agreement.sql';

const FIELDS: (keyof AgreementModel)[] = [
  'title', 'reference', 'kind', 'issueAreas', 'provinceCode', 'networkId', 'meetingId', 'signedOn', 'expiresOn', 'terminatedOn',
];

/** The list's statement parts: scope, filters and order (pages and exports share them). */
export function agreementListQuery(ctx: Context, filter: AgreementFilter | null | undefined): PageQuery {
  const viewer = requireViewer(ctx);
  const days = filter?.expiringWithinDays;
  if (days !== undefined && days !== null && (!Number.isInteger(days) || days < 0 || days > 3660)) {
    throw badInput({ expiringWithinDays: fieldError('OUT_OF_RANGE', 'must be between 0 and 3660', { min: 0, max: 3660 }) });
  }
  return agreementListSql(viewer, ctx.today, filter);
}

export function listAgreements(ctx: Context, filter: AgreementFilter | null | undefined, first?: number, after?: string | null) {
  return paginate<AgreementModel>(ctx.sql, agreementListQuery(ctx, filter), first, after);
}

export function getAgreement(ctx: Context, id: string, sql: ReadSql = ctx.sql, lock = false): Promise<AgreementModel> {
  return readInScope<AgreementModel>(sql, agreementInScope(requireViewer(ctx), id, lock));
}

/** What the `agreement` query selects (field names per level, see fieldsAt). */
export interface AgreementSelection {
  agreement: Set<string>;
  parties?: Set<string>;
  commitments?: Set<string>;
  /** The commitments' action items the viewer may read (only with `commitments`). */
  actionItems?: Set<string>;
}

type CommitmentJson = Record<string, unknown> & { _actionItems?: Record<string, unknown>[] };

/**
 * One agreement for the `agreement` query, in one statement with the relations it selects (its
 * parties, its commitments and their action items the viewer may read, as their resolvers would
 * answer them), each as JSON of the columns its selection needs, prefetched onto the agreement.
 */
export async function readAgreement(ctx: Context, id: string, sel: AgreementSelection): Promise<AgreementModel> {
  const viewer = requireViewer(ctx);
  const prefetched = [...(sel.parties ? ['parties'] : []), ...(sel.commitments ? ['commitments'] : [])];
  const keys = AGREEMENT_SHAPE.keysFor(sel.agreement, prefetched);
  const partyKeys = sel.parties && AGENCY_SHAPE.keysFor(sel.parties);
  const commitmentKeys = sel.commitments && COMMITMENT_SHAPE.keysFor(sel.commitments, sel.actionItems ? ['actionItems'] : []);
  const itemKeys = sel.actionItems && ACTION_ITEM_SHAPE.keysFor(sel.actionItems);
  const row = await readInScope<Record<string, unknown> & { _parties?: Record<string, unknown>[]; _commitments?: CommitmentJson[] }>(ctx.sql, {
    ...agreementInScope(viewer, id),
    columns: AGREEMENT_SHAPE.columns(keys),
    extraColumns: (params, idParam) => {
      const cols: string[] = [];
      if (partyKeys) cols.push(`${partiesJson(idParam, partyKeys)} as "_parties"`);
      if (commitmentKeys) {
        const extra = itemKeys ? { _actionItems: itemsOfCommitmentJson(viewer, params, 'c.id', itemKeys) } : undefined;
        cols.push(`${commitmentsOfAgreementJson(idParam, commitmentKeys, extra)} as "_commitments"`);
      }
      return cols.length ? cols.join(', ') : 'null as "_none"';
    },
  });
  const agreement = AGREEMENT_SHAPE.pick(row, keys)!;
  if (partyKeys) prefetch(agreement, 'parties', row._parties!.map((p) => AGENCY_SHAPE.pick(p, partyKeys)));
  if (commitmentKeys) {
    const commitments = row._commitments!.map((json) => {
      const c = COMMITMENT_SHAPE.pick(json, commitmentKeys)!;
      if (itemKeys) prefetch(c, 'actionItems', json._actionItems!.map((a) => ACTION_ITEM_SHAPE.pick(a, itemKeys)));
      return c;
    });
    prefetch(agreement, 'commitments', commitments);
  }
  return agreement;
}

/** Checks a network or meeting id of an agreement input and that it belongs to the agreement's province. */
async function checkParent(
  tx: Tx,
  errors: InputErrors,
  field: 'networkId' | 'meetingId',
  raw: string | null | undefined,
  provinceCode: string | null,
): Promise<number | null> {
  if (!raw) return null;
  const id = parseId(raw);
  const table = field === 'networkId' ? 'network' : 'meeting';
  const row = id ? await tx.sql.maybeOne<{ provinceCode: string | null }>(parentProvince(table), [id]) : null;
  if (!row) errors.add(field, 'NOT_FOUND', `names a ${table} that does not exist`);
  else if (row.provinceCode && row.provinceCode !== provinceCode) errors.add(field, 'OTHER_PROVINCE', `names a ${table} of another province`);
  // Recording what a meeting decided is for who may record its follow-ups (national meetings: ADMIN).
  else if (field === 'meetingId') authorize(canMeeting(tx.viewer, 'update', row), "Only the meeting's coordinator can record agreements signed there.");
  return id;
}

function checkDates(errors: InputErrors, a: { signedOn: string | null; expiresOn: string | null; terminatedOn: string | null }) {
  if (a.signedOn && a.expiresOn && a.expiresOn < a.signedOn) errors.add('expiresOn', 'DATE_ORDER', 'must not be before signedOn', { after: 'signedOn' });
  if (a.terminatedOn) {
    if (!a.signedOn) errors.add('terminatedOn', 'REQUIRED', 'needs a signedOn date: only a signed agreement can be terminated', { when: 'SIGNED' });
    else if (a.terminatedOn < a.signedOn) errors.add('terminatedOn', 'DATE_ORDER', 'must not be before signedOn', { after: 'signedOn' });
  }
}

async function writeParties(tx: Tx, agreementId: number, partyIds: number[]) {
  for (const statement of WRITE_PARTIES) await tx.sql.run(statement, [agreementId, partyIds]);
}

export async function createAgreement(ctx: Context, input: CreateAgreementInput): Promise<AgreementModel> {
  const viewer = requireViewer(ctx);
  const provinceCode = input.provinceCode ?? null;
  if (!unknownProvince(provinceCode)) authorize(
    canAgreement(viewer, 'update', { provinceCode }),
    provinceCode ? 'You can only create agreements of your own province.' : 'Only an administrator can create national agreements.',
  );
  return runMutation(ctx, 'createAgreement', async (tx) => {
    const errors = inputErrors(input);
    const title = requiredText(errors, 'title', input.title);
    const reference = optionalText(errors, 'reference', input.reference, MAX_LENGTH.reference) ?? null;
    if (provinceCode && !referenceData().province(provinceCode)) errors.add('provinceCode', 'NOT_FOUND', 'is not a known province code');
    const networkId = await checkParent(tx, errors, 'networkId', input.networkId, provinceCode);
    const meetingId = await checkParent(tx, errors, 'meetingId', input.meetingId, provinceCode);
    const parties = await checkAgencies(tx.sql, errors, 'partyIds', input.partyIds);
    if (!errors.has('partyIds') && parties.length < 2) errors.add('partyIds', 'TOO_FEW', 'must name at least two distinct agencies', { min: 2 });
    const dates = { signedOn: input.signedOn ?? null, expiresOn: input.expiresOn ?? null, terminatedOn: null };
    checkDates(errors, dates);
    errors.throwIfAny();
    const insert = insertAgreement({
      title,
      reference,
      kind: input.kind,
      issueAreas: [...new Set(input.issueAreas)],
      provinceCode,
      networkId,
      meetingId,
      signedOn: dates.signedOn,
      expiresOn: dates.expiresOn,
    });
    const row = await tx.sql.one<AgreementModel>(insert.text, insert.values);
    const partyIds = parties.map((p) => p.id);
    await writeParties(tx, row.id, partyIds);
    const changes = diff(null, row, FIELDS);
    changes.partyIds = { before: [], after: partyIds };
    await tx.audit({ entityType: 'Agreement', entityId: row.id, provinceCode, changes });
    return row;
  });
}

export async function updateAgreement(ctx: Context, id: string, input: UpdateAgreementInput): Promise<AgreementModel> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, 'updateAgreement', async (tx) => {
    const before = await getAgreement(ctx, id, tx.sql, true);
    authorize(canAgreement(viewer, 'update', before), 'You can only change agreements of your own province.');
    const errors = inputErrors(input);
    const title = input.title === undefined || input.title === null ? before.title : requiredText(errors, 'title', input.title);
    const reference = input.reference === undefined ? before.reference : (optionalText(errors, 'reference', input.reference, MAX_LENGTH.reference) ?? null);
    const issueAreas = input.issueAreas ? [...new Set(input.issueAreas)] : before.issueAreas;
    const dates = {
      signedOn: input.signedOn === undefined ? before.signedOn : input.signedOn,
      expiresOn: input.expiresOn === undefined ? before.expiresOn : input.expiresOn,
      terminatedOn: input.terminatedOn === undefined ? before.terminatedOn : input.terminatedOn,
    };
    checkDates(errors, dates);
    const beforeParties = (
      await tx.sql.all<{ id: number }>(PARTY_IDS, [before.id])
    ).map((p) => p.id);
    let partyIds = beforeParties;
    if (input.partyIds) {
      const parties = await checkAgencies(tx.sql, errors, 'partyIds', input.partyIds, beforeParties);
      partyIds = parties.map((p) => p.id);
      if (!errors.has('partyIds') && partyIds.length < 2) errors.add('partyIds', 'TOO_FEW', 'must name at least two distinct agencies', { min: 2 });
      if (!errors.has('partyIds')) {
        const committed = await tx.sql.all<{ agencyId: number }>(COMMITTED_OUTSIDE, [before.id, partyIds]);
        if (committed.length) errors.add('partyIds', 'RULE', 'leaves out an agency that still has commitments under this agreement', { rule: 'PARTY_HAS_COMMITMENTS' });
      }
    }
    errors.throwIfAny();
    const update = updateAgreementSql(before.id, { title, reference, issueAreas, ...dates });
    const after = await tx.sql.one<AgreementModel>(update.text, update.values);
    const changes = diff(before, after, FIELDS);
    if (input.partyIds) {
      await writeParties(tx, before.id, partyIds);
      const sorted = [...partyIds].sort((a, b) => a - b);
      if (JSON.stringify(sorted) !== JSON.stringify(beforeParties)) changes.partyIds = { before: beforeParties, after: sorted };
    }
    await tx.audit({ entityType: 'Agreement', entityId: before.id, provinceCode: before.provinceCode, changes });
    return after;
  });
}
