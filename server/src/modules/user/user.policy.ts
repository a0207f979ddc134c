import type { Viewer } from '../../common/context';
import { isAdmin } from '../auth/policy';
import type { UserModel } from './user.model';

/**
 * E-mail addresses reach only the user themself and ADMIN (they are sign-in names: shown to
 * others they would invite guessing and lockouts). Everyone else sees names and agencies.
 */
export const mayReadEmail = (v: Viewer | null, user: Pick<UserModel, 'id' | 'signingIn'>): boolean =>
  user.signingIn === true || (!!v && (isAdmin(v) || v.id === user.id));

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
