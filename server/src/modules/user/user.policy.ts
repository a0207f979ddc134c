import type { Viewer } from '../../common/context';
import { Role } from '../../common/enums';
import { hasRole, isAdmin, policy } from '../auth/policy';
import type { UserModel } from './user.model';

/** The roles of the user queries and mutations (their `@Authorized`). */
export const USER_MANAGERS: readonly Role[] = [Role.ADMIN];

export interface UserActions {
  /** List, create and change accounts: ADMIN only. */
  manage: null;
  /**
   * Read a user's e-mail address: the user themself and ADMIN (addresses are sign-in names:
   * shown to others they would invite guessing and lockouts), and the user being signed in.
   * Everyone else sees names and agencies.
   */
  readEmail: Pick<UserModel, 'id' | 'signingIn'>;
}

/** The account being signed in (the sign-in's answer, before there is a viewer). */
const signingIn = (u: Pick<UserModel, 'signingIn'>) => u.signingIn === true;

export const canUser = policy<UserActions>(
  {
    manage: (v) => hasRole(v, USER_MANAGERS),
    readEmail: (v, u) => signingIn(u) || isAdmin(v) || v.id === u.id,
  },
  { readEmail: signingIn },
);

/** Fields of a User audit event's changes that only ADMIN may read. */
export const ADMIN_ONLY_AUDIT_FIELDS = ['email'];

/** An audit event's `changes` as the viewer may read them: ADMIN all, others without e-mails. */
export function auditChangesFor(v: Viewer | null, entityType: string, changes: string | null): string | null {
  if (!changes || entityType !== 'User' || (v && isAdmin(v))) return changes;
  const parsed = JSON.parse(changes) as Record<string, unknown>;
  if (!ADMIN_ONLY_AUDIT_FIELDS.some((f) => f in parsed)) return changes;
  for (const f of ADMIN_ONLY_AUDIT_FIELDS) delete parsed[f];
  return JSON.stringify(parsed);
}
