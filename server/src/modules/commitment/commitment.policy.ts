import type { Viewer } from '../../common/context';
import { managesProvince, worksFor } from '../auth/policy';

/** Details (description, indicator, target, due date): ADMIN or the COORDINATOR of the agreement's province. */
export const canEditCommitmentDetails = (v: Viewer, c: { provinceCode: string | null }) => managesProvince(v, c.provinceCode);

/** Progress (status, achieved value): also the MEMBER of the responsible agency. */
export const canUpdateCommitment = (v: Viewer, c: { provinceCode: string | null; agencyId: number }) =>
  canEditCommitmentDetails(v, c) || worksFor(v, c.agencyId);
