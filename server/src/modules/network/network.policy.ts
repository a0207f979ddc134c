import type { Viewer } from '../../common/context';
import { managesProvince } from '../auth/policy';

/** ADMIN, or the COORDINATOR of the network's province (national networks: ADMIN only). */
export const canManageNetwork = (v: Viewer, network: { provinceCode: string | null }) =>
  managesProvince(v, network.provinceCode);
