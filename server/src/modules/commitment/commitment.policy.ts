import type { Viewer } from '../../common/context';
import { managesProvince, policy, worksFor, WORKERS } from '../auth/policy';

/** The roles of updateCommitment (its `@Authorized`); creating one is the agreement's `update`. */
export const COMMITMENT_UPDATERS = WORKERS;

export interface CommitmentActions {
  /** Progress (status, achieved value): ADMIN, the COORDINATOR of the agreement's province, or the MEMBER of the responsible agency. */
  update: { provinceCode: string | null; agencyId: number };
  /** Details (description, indicator, target, due date): ADMIN or the COORDINATOR of the agreement's province. */
  editDetails: { provinceCode: string | null };
}

const editDetails = (v: Viewer, c: { provinceCode: string | null }) => managesProvince(v, c.provinceCode);

export const canCommitment = policy<CommitmentActions>({
  update: (v, c) => editDetails(v, c) || worksFor(v, c.agencyId),
  editDetails,
});
