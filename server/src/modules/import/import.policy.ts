import type { Viewer } from '../../common/context';
import type { Role } from '../../common/enums';
import { ACTION_ITEM_WRITERS } from '../action-item/action-item.policy';
import { AGENCY_WRITERS } from '../agency/agency.policy';
import { hasRole, policy } from '../auth/policy';

/**
 * The datasets that can be imported, and the roles whose mutations a row makes (every row
 * is then checked as the mutation checks it): who may make them may import them.
 */
export const IMPORT_ROLES: Record<string, readonly Role[]> = {
  agencies: AGENCY_WRITERS,
  'action-items': ACTION_ITEM_WRITERS,
};

export interface ImportActions {
  /** Import this dataset: the roles of its mutations. */
  import: { dataset: string };
}

export const canImport = policy<ImportActions>({
  import: (v, d) => hasRole(v, IMPORT_ROLES[d.dataset] ?? []),
});

/** The datasets the viewer may import, in the order of IMPORT_ROLES. */
export const importableDatasets = (v: Viewer | null): string[] => Object.keys(IMPORT_ROLES).filter((dataset) => canImport(v, 'import', { dataset }));
