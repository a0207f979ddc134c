import { hasRole, managesProvince, MANAGERS, policy } from '../auth/policy';

/** The roles of the network mutations (their `@Authorized`). */
export const NETWORK_WRITERS = MANAGERS;

export interface NetworkActions {
  /** Create networks at all: ADMIN and COORDINATOR. */
  createAny: null;
  /** Create one, change it and its members: ADMIN, or the COORDINATOR of its province (national networks: ADMIN only). */
  update: { provinceCode: string | null };
}

export const canNetwork = policy<NetworkActions>({
  createAny: (v) => hasRole(v, NETWORK_WRITERS),
  update: (v, n) => managesProvince(v, n.provinceCode),
});
