import type { Context } from '../../common/context';
import { badInput, fieldError, InputErrors, notFound, optionalText, requiredText } from '../../common/errors';
import { MAX_LENGTH } from '../../common/limits';
import { parseId } from '../../common/ids';
import { diff, runMutation, type Tx } from '../../common/mutation';
import { referenceData, unknownProvince } from '../province/reference.service';
import { authorize, requireViewer } from '../auth/policy';
import type { CreateNetworkInput, NetworkMemberInput, UpdateNetworkInput } from './network.inputs';
import { NETWORK_COLUMNS, type NetworkModel } from './network.model';
import { canManageNetwork } from './network.policy';

/** Networks are part of the directory: every signed-in user reads them all. */
export async function listNetworks(ctx: Context, provinceCode: string | null | undefined): Promise<NetworkModel[]> {
  requireViewer(ctx);
  if (provinceCode) {
    return ctx.sql.all<NetworkModel>(
      `select ${NETWORK_COLUMNS} from network n where n.province_code = $1 order by n.name, n.id`,
      [provinceCode],
    );
  }
  return ctx.sql.all<NetworkModel>(
    `select ${NETWORK_COLUMNS} from network n order by n.province_code nulls first, n.name, n.id`,
  );
}

export async function getNetwork(ctx: Context, idRaw: string): Promise<NetworkModel> {
  requireViewer(ctx);
  const id = parseId(idRaw);
  const row = id ? await ctx.sql.maybeOne<NetworkModel>(`select ${NETWORK_COLUMNS} from network n where n.id = $1`, [id]) : null;
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
  const found = await tx.sql.all<{ id: number; active: boolean }>('select id, active from agency where id = any($1::int[])', [ids]);
  if (found.length !== new Set(ids).size) errors.add(field, 'NOT_FOUND', 'names an agency that does not exist');
  else if (found.some((a) => !a.active)) errors.add(field, 'INACTIVE', 'names an inactive agency');
  return ids as number[];
}

export async function createNetwork(ctx: Context, input: CreateNetworkInput): Promise<NetworkModel> {
  const viewer = requireViewer(ctx);
  const provinceCode = input.provinceCode ?? null;
  if (!unknownProvince(provinceCode)) authorize(
    canManageNetwork(viewer, { provinceCode }),
    provinceCode ? 'You can only create networks of your own province.' : 'Only an administrator can create national networks.',
  );
  return runMutation(ctx, 'createNetwork', async (tx) => {
    const errors = new InputErrors();
    const name = requiredText(errors, 'name', input.name);
    const description = optionalText(errors, 'description', input.description, MAX_LENGTH.description) ?? null;
    if (provinceCode && !referenceData().province(provinceCode)) errors.add('provinceCode', 'NOT_FOUND', 'is not a known province code');
    const issueAreas = [...new Set(input.issueAreas)];
    const ids = await checkMembers(tx, errors, 'members', input.members);
    errors.throwIfAny();
    const row = await tx.sql.one<NetworkModel>(
      `insert into network as n (name, description, province_code, issue_areas, created_at)
       values ($1, $2, $3, $4::text[], now()) returning ${NETWORK_COLUMNS}`,
      [name, description, provinceCode, issueAreas],
    );
    if (ids.length) {
      await tx.sql.run(
        `insert into network_membership (network_id, agency_id, role, joined_on)
         select $1, * from unnest($2::int[], $3::text[], $4::date[])`,
        [row.id, ids, input.members.map((m) => m.role), input.members.map((m) => m.joinedOn ?? null)],
      );
    }
    const changes = diff(null, row, ['name', 'description', 'provinceCode', 'issueAreas']);
    changes.members = { before: [], after: input.members.map((m, i) => ({ agencyId: ids[i], role: m.role, joinedOn: m.joinedOn ?? null })) };
    await tx.audit({ entityType: 'Network', entityId: row.id, provinceCode, changes });
    return row;
  });
}

export async function addNetworkMember(ctx: Context, networkIdRaw: string, member: NetworkMemberInput): Promise<NetworkModel> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, 'addNetworkMember', async (tx) => {
    const networkId = parseId(networkIdRaw);
    const network = networkId
      ? await tx.sql.maybeOne<NetworkModel>(`select ${NETWORK_COLUMNS} from network n where n.id = $1 for update`, [networkId])
      : null;
    if (!network) throw notFound('Network', networkIdRaw);
    authorize(canManageNetwork(viewer, network), 'You can only change networks of your own province.');
    const errors = new InputErrors();
    const [agencyId] = await checkMembers(tx, errors, 'agencyId', [member]);
    errors.throwIfAny();
    const before = await tx.sql.maybeOne<{ role: string; joinedOn: string | null }>(
      'select role, joined_on as "joinedOn" from network_membership where network_id = $1 and agency_id = $2',
      [networkId, agencyId],
    );
    const after = await tx.sql.one<{ role: string; joinedOn: string | null }>(
      `insert into network_membership (network_id, agency_id, role, joined_on) values ($1, $2, $3, $4)
       on conflict (network_id, agency_id) do update set role = excluded.role, joined_on = coalesce(excluded.joined_on, network_membership.joined_on)
       returning role, joined_on as "joinedOn"`,
      [networkId, agencyId, member.role, member.joinedOn ?? null],
    );
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
  const network = networkId
    ? await tx.sql.maybeOne<NetworkModel>(`select ${NETWORK_COLUMNS} from network n where n.id = $1 for update`, [networkId])
    : null;
  if (!network) throw notFound('Network', networkIdRaw);
  authorize(canManageNetwork(tx.viewer, network), 'You can only change networks of your own province.');
  return network;
}

/** Renames a network or changes its description or issue areas; its province never changes. */
export async function updateNetwork(ctx: Context, idRaw: string, input: UpdateNetworkInput): Promise<NetworkModel> {
  requireViewer(ctx);
  return runMutation(ctx, 'updateNetwork', async (tx) => {
    const before = await networkForUpdate(tx, idRaw);
    const errors = new InputErrors();
    const name = input.name === undefined || input.name === null ? before.name : requiredText(errors, 'name', input.name);
    const description = input.description === undefined ? before.description : (optionalText(errors, 'description', input.description, MAX_LENGTH.description) ?? null);
    errors.throwIfAny();
    const after = await tx.sql.one<NetworkModel>(
      `update network n set name = $2, description = $3, issue_areas = $4::text[] where n.id = $1 returning ${NETWORK_COLUMNS}`,
      [before.id, name, description, input.issueAreas ? [...new Set(input.issueAreas)] : before.issueAreas],
    );
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
    const removed = agencyId
      ? await tx.sql.maybeOne<{ role: string; joinedOn: string | null }>(
          'delete from network_membership where network_id = $1 and agency_id = $2 returning role, joined_on as "joinedOn"',
          [network.id, agencyId],
        )
      : null;
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
