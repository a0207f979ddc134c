import type { Viewer } from '../../common/context';
import { isAdmin } from '../auth/policy';

/** A user's notification settings: the user and ADMIN. */
export const canReadSettings = (v: Viewer, userId: number) => v.id === userId || isAdmin(v);

/** The e-mail outbox (addresses and texts of everyone's e-mails): ADMIN only. */
export const canReadOutbox = (v: Viewer) => isAdmin(v);

/** Running the follow-up sweep on demand: ADMIN only. */
export const canRunSweep = (v: Viewer) => isAdmin(v);
