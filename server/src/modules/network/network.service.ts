import type { Context } from '../../common/context';
import { badInput, fieldError, InputErrors, notFound, optionalText, requiredText } from '../../common/errors';
import { MAX_LENGTH } from '../../common/limits';
import { parseId } from '../../common/ids';
import { diff, runMutation, type Tx } from '../../common/mutation';
import { referenceData, unknownProvince } from '../province/reference.service';
import { authorize, requireViewer } from '../auth/policy';
import type { CreateNetworkInput, NetworkMemberInput, UpdateNetworkInput } from './network.inputs';
import type { NetworkModel } from './network.model';
import { canNetwork } from './network.policy';
import {
  deleteMembership,
  insertMemberships,
  insertNetwork,
  membershipRow,
  NETWORK_AUDITED,
  networkList,
  networkRow,
  updateNetworkRow,
  upsertMembership,
} from './network.sql';
import { agencyRefs } from '../agency/agency.sql';
import { inputErrors } from '../../common/validation';

/** Networks are part of the directory: every signed-in user reads them all. */
export async function listNetworks(ctx: Context, provinceCode: string | null | undefined): Promise<NetworkModel[]> {
  requireViewer(ctx);
  return networkList(ctx.sql, provinceCode);
}

export async function getNetwork(ctx: Context, idRaw: string): Promise<NetworkModel> {
  requireViewer(ctx);
  const id = parseId(idRaw);
  const row = id ? await networkRow(ctx.sql, id) : null;
  if (!row) throw notFound('Network', idRaw);
  return row;
}

/** Checks members' agencies exist and are active; returns their ids (field errors under `field`). */
async function checkMembers(tx: Tx, errors: InputErrors, field: string, members: NetworkMemberInput[]) {
  const ids = members.map((m) => parseId(m.agencyId));
  if (ids.some((id) => id === null)) {
    errors.add(field, 'NOT_FOUND', 'names an agency that does not exist');
    return [];
  }
  if (new Set(ids).size !== ids.length) errors.add(field, 'DUPLICATE', 'names the same agency twice');
  if (ids.length === 0) return [];
  const found = await agencyRefs(tx.sql, ids as number[]);
  if (found.length !== new Set(ids).size) errors.add(field, 'NOT_FOUND', 'names an agency that does not exist');
  else if (found.some((a) => !a.active)) errors.add(field, 'INACTIVE', 'names an inactive agency');
  return ids as number[];
}

export async function createNetwork(ctx: Context, input: CreateNetworkInput): Promise<NetworkModel> {
  const viewer = requireViewer(ctx);
  const provinceCode = input.provinceCode ?? null;
  if (!unknownProvince(provinceCode)) authorize(
    canNetwork(viewer, 'update', { provinceCode }),
    provinceCode ? 'You can only create networks of your own province.' : 'Only an administrator can create national networks.',
  );
  return runMutation(ctx, 'createNetwork', async (tx) => {
    const errors = inputErrors(input);
    const name = requiredText(errors, 'name', input.name);
    const description = optionalText(errors, 'description', input.description, MAX_LENGTH.description) ?? null;
    if (provinceCode && !referenceData().province(provinceCode)) errors.add('provinceCode', 'NOT_FOUND', 'is not a known province code');
    const issueAreas = [...new Set(input.issueAreas)];
    const ids = await checkMembers(tx, errors, 'members', input.members);
    errors.throwIfAny();
    const row = await insertNetwork(tx.sql, { name, description, provinceCode, issueAreas });
    if (ids.length) {
      await insertMemberships(tx.sql, row.id, ids, input.members.map((m) => m.role), input.members.map((m) => m.joinedOn ?? null));
    }
    const changes = diff(null, row, NETWORK_AUDITED);
    changes.members = { before: [], after: input.members.map((m, i) => ({ agencyId: ids[i], role: m.role, joinedOn: m.joinedOn ?? null })) };
    await tx.audit({ entityType: 'Network', entityId: row.id, provinceCode, changes });
    return row;
  });
}

export async function addNetworkMember(ctx: Context, networkIdRaw: string, member: NetworkMemberInput): Promise<NetworkModel> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, 'addNetworkMember', async (tx) => {
    const networkId = parseId(networkIdRaw);
    const network = networkId ? await networkRow(tx.sql, networkId, true) : null;
    if (!network) throw notFound('Network', networkIdRaw);
    authorize(canNetwork(viewer, 'update', network), 'You can only change networks of your own province.');
    const errors = new InputErrors();
    const [agencyId] = await checkMembers(tx, errors, 'agencyId', [member]);
    errors.throwIfAny();
    const before = await membershipRow(tx.sql, networkId!, agencyId);
    const after = await upsertMembership(tx.sql, networkId!, agencyId, member.role, member.joinedOn ?? null);
    await tx.audit({
      entityType: 'Network',
      entityId: networkId!,
      provinceCode: network.provinceCode,
      changes: { member: { before: before ? { agencyId, ...before } : null, after: { agencyId, ...after } } },
    });
    return network;
  });
}

async function networkForUpdate(tx: Tx, networkIdRaw: string): Promise<NetworkModel> {
  const networkId = parseId(networkIdRaw);
  const network = networkId ? await networkRow(tx.sql, networkId, true) : null;
  if (!network) throw notFound('Network', networkIdRaw);
  authorize(canNetwork(tx.viewer, 'update', network), 'You can only change networks of your own province.');
  return network;
}

/** Renames a network or changes its description or issue areas; its province never changes. */
export async function updateNetwork(ctx: Context, idRaw: string, input: UpdateNetworkInput): Promise<NetworkModel> {
  requireViewer(ctx);
  return runMutation(ctx, 'updateNetwork', async (tx) => {
    const before = await networkForUpdate(tx, idRaw);
    const errors = inputErrors(input);
    const name = input.name === undefined || input.name === null ? before.name : requiredText(errors, 'name', input.name);
    const description = input.description === undefined ? before.description : (optionalText(errors, 'description', input.description, MAX_LENGTH.description) ?? null);
    errors.throwIfAny();
    const after = await updateNetworkRow(tx.sql, before.id, {
      name,
      description,
      issueAreas: input.issueAreas ? [...new Set(input.issueAreas)] : before.issueAreas,
    });
    await tx.audit({ entityType: 'Network', entityId: before.id, provinceCode: before.provinceCode, changes: diff(before, after, ['name', 'description', 'issueAreas']) });
    return after;
  });
}

/** Takes an agency out of a network (e.g. it left the forum). */
export async function removeNetworkMember(ctx: Context, networkIdRaw: string, agencyIdRaw: string): Promise<NetworkModel> {
  requireViewer(ctx);
  return runMutation(ctx, 'removeNetworkMember', async (tx) => {
    const network = await networkForUpdate(tx, networkIdRaw);
    const agencyId = parseId(agencyIdRaw);
    const removed = agencyId ? await deleteMembership(tx.sql, network.id, agencyId) : null;
    if (!removed) throw badInput({ agencyId: fieldError('NOT_FOUND', 'is not a member of this network') });
    await tx.audit({
      entityType: 'Network',
      entityId: network.id,
      provinceCode: network.provinceCode,
      changes: { member: { before: { agencyId, ...removed }, after: null } },
    });
    return network;
  });
}
