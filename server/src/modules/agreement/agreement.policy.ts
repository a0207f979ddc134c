import type { Viewer } from '../../common/context';
import type { Params } from '../../common/pagination';
import { managesProvince, provinceScope } from '../auth/policy';

/** Who may edit an agreement and add commitments to it: ADMIN, or the COORDINATOR of its province. */
export const canUpdateAgreement = (v: Viewer, a: { provinceCode: string | null }) => managesProvince(v, a.provinceCode);

/** Read scope: ADMIN/OVERSIGHT all; COORDINATOR their province; MEMBER their province or agreements their agency is party to. */
export const agreementScope = (v: Viewer, params: Params, alias = 'ag') =>
  provinceScope(
    v,
    params,
    `${alias}.province_code`,
    (agency) => `exists (select 1 from agreement_party pp where pp.agreement_id = ${alias}.id and pp.agency_id = ${agency})`,
  );
