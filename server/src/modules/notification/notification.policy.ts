import type { Viewer } from '../../common/context';
import { isAdmin, policy } from '../auth/policy';

export interface NotificationActions {
  /** A user's notification settings: the user and ADMIN. */
  readSettings: { userId: number };
  /** The e-mail outbox (addresses and texts of everyone's e-mails): ADMIN only. */
  readOutbox: null;
  /** Running the follow-up sweep on demand: ADMIN only. */
  runSweep: null;
}

export const canNotification = policy<NotificationActions>({
  readSettings: (v: Viewer, s) => v.id === s.userId || isAdmin(v),
  readOutbox: isAdmin,
  runSweep: isAdmin,
});
