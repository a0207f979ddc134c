import type { Context } from '../../common/context';
import { Role, Sector } from '../../common/enums';
import { checkLength, type InputErrors, notFound, requiredText, shapeRules } from '../../common/errors';
import { MAX_LENGTH } from '../../common/limits';
import { parseId } from '../../common/ids';
import { normalEmail } from '../../common/text';
import { diff, runMutation, type Tx } from '../../common/mutation';
import { paginate } from '../../common/pagination';
import { authorize, requireViewer } from '../auth/policy';
import { canUser } from './user.policy';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../auth/password';
import { referenceData } from '../province/reference.service';
import type { CreateUserInput, UpdateUserInput, UserFilter } from './user.inputs';
import type { UserModel } from './user.model';
import { emailTaken, insertUser, revokeSessionsOf, updateUserRow, USER_AUDITED, userListParts, userRow } from './user.sql';
import { agencyRefs } from '../agency/agency.sql';
import { inputErrors } from '../../common/validation';

async function checkRoleScope(
  tx: Tx,
  errors: InputErrors,
  role: Role,
  provinceCode: string | null | undefined,
  agencyIdRaw: string | null | undefined,
): Promise<{ provinceCode: string | null; agencyId: number | null }> {
  let province: string | null = null;
  let agencyId: number | null = null;
  if (role === Role.COORDINATOR) {
    if (!provinceCode) errors.add('provinceCode', 'REQUIRED', 'is required for a COORDINATOR', { when: 'ROLE' });
    else if (!referenceData().province(provinceCode)) errors.add('provinceCode', 'NOT_FOUND', 'is not a known province code');
    else province = provinceCode;
  } else if (provinceCode) {
    errors.add('provinceCode', 'NOT_APPLICABLE', 'is only set for a COORDINATOR', { when: 'ROLE' });
  }
  if (role === Role.MEMBER || (role === Role.OVERSIGHT && agencyIdRaw)) {
    // MEMBER: the agency worked for (required). OVERSIGHT: the body the account issues for
    // (optional; only an active agency of sector OVERSIGHT, recommendations.md "Who").
    const id = parseId(agencyIdRaw);
    if (!agencyIdRaw) errors.add('agencyId', 'REQUIRED', 'is required for a MEMBER', { when: 'ROLE' });
    else if (id === null) errors.add('agencyId', 'NOT_FOUND', 'is not a known agency');
    else {
      const [agency] = await agencyRefs(tx.sql, [id]);
      if (!agency) errors.add('agencyId', 'NOT_FOUND', 'is not a known agency');
      else if (!agency.active) errors.add('agencyId', 'INACTIVE', 'is an inactive agency');
      else if (role === Role.OVERSIGHT && agency.sector !== Sector.OVERSIGHT) errors.add('agencyId', 'RULE', 'must be an oversight body (sector OVERSIGHT) for an OVERSIGHT account', { rule: 'OVERSIGHT_BODY' });
      else agencyId = id;
    }
  } else if (agencyIdRaw) {
    errors.add('agencyId', 'NOT_APPLICABLE', 'is only set for a MEMBER or an OVERSIGHT account', { when: 'ROLE' });
  }
  return { provinceCode: province, agencyId };
}

export async function createUser(ctx: Context, input: CreateUserInput): Promise<UserModel> {
  authorize(canUser(requireViewer(ctx), 'manage'), 'Only an administrator can create users.');
  return runMutation(ctx, 'createUser', async (tx) => {
    const errors = inputErrors(input);
    const email = normalEmail(input.email);
    errors.rule('email', shapeRules.email(email));
    const displayName = requiredText(errors, 'displayName', input.displayName, MAX_LENGTH.displayName);
    errors.rule('password', shapeRules.minLength(input.password, MIN_PASSWORD_LENGTH));
    checkLength(errors, 'password', input.password, MAX_LENGTH.password);
    const scope = await checkRoleScope(tx, errors, input.role, input.provinceCode, input.agencyId);
    if (!errors.has('email')) {
      errors.check(!(await emailTaken(tx.sql, email)), 'email', 'TAKEN', 'is already used by another account');
    }
    errors.throwIfAny();
    const passwordHash = await hashPassword(input.password);
    const row = await insertUser(tx.sql, { email, displayName, passwordHash, role: input.role, ...scope });
    await tx.audit({
      entityType: 'User',
      entityId: row.id,
      provinceCode: scope.provinceCode,
      changes: diff(null, row, ['email', ...USER_AUDITED]),
    });
    return row;
  });
}

export async function updateUser(ctx: Context, idRaw: string, input: UpdateUserInput): Promise<UserModel> {
  authorize(canUser(requireViewer(ctx), 'manage'), 'Only an administrator can change users.');
  return runMutation(ctx, 'updateUser', async (tx) => {
    const id = parseId(idRaw);
    const before = id ? await userRow(tx.sql, id, true) : null;
    if (!before) throw notFound('User', idRaw);
    const errors = inputErrors(input);
    const displayName =
      input.displayName === undefined || input.displayName === null
        ? before.displayName
        : requiredText(errors, 'displayName', input.displayName, MAX_LENGTH.displayName);
    const role = input.role ?? before.role;
    const roleChanged = input.role !== undefined && input.role !== null && input.role !== before.role;
    const scope = await checkRoleScope(
      tx,
      errors,
      role,
      input.provinceCode !== undefined ? input.provinceCode : roleChanged ? null : before.provinceCode,
      input.agencyId !== undefined ? input.agencyId : roleChanged ? null : before.agencyId === null ? null : String(before.agencyId),
    );
    if (input.password !== undefined && input.password !== null) {
      errors.rule('password', shapeRules.minLength(input.password, MIN_PASSWORD_LENGTH));
    }
    errors.check(!(id === tx.viewer.id && input.active === false), 'active', 'RULE', 'you cannot deactivate your own account', { rule: 'OWN_ACCOUNT' });
    errors.check(!(id === tx.viewer.id && roleChanged), 'role', 'RULE', 'you cannot change your own role', { rule: 'OWN_ACCOUNT' });
    errors.throwIfAny();
    const active = input.active ?? before.active;
    const passwordHash = input.password ? await hashPassword(input.password) : null;
    const after = await updateUserRow(tx.sql, id!, { displayName, role, ...scope, active, passwordHash });
    const changes = diff(before, after, USER_AUDITED);
    if (passwordHash) changes.password = { before: '(hidden)', after: '(changed)' };
    if (!after.active || passwordHash || roleChanged) {
      // Ending the sessions makes deactivation, a new password or a new role take effect at once.
      await revokeSessionsOf(tx.sql, id!);
    }
    // A new province or agency needs nothing more: sessions are read with their user on every
    // request (AuthService.viewerFor), so the next request after this commit has the new scope.
    await tx.audit({ entityType: 'User', entityId: id!, provinceCode: after.provinceCode, changes });
    return after;
  });
}

export async function listUsers(ctx: Context, filter: UserFilter | null | undefined, first?: number, after?: string | null) {
  authorize(canUser(requireViewer(ctx), 'manage'), 'Only an administrator can list users.');
  const search = filter?.search?.trim() ? filter.search.trim().toLowerCase() : null;
  const agencyId = filter?.agencyId ? (parseId(filter.agencyId) ?? 0) : null;
  return paginate<UserModel>(
    ctx.sql,
    userListParts({ role: filter?.role, provinceCode: filter?.provinceCode, agencyId, search }),
    first,
    after,
  );
}
