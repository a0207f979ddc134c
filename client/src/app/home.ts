import type { Permissions } from '../session/session';

/**
 * Where a viewer belongs, from the scope the API says they read in (viewerPermissions), never
 * from their role.
 */

/** The province whose dashboard is the viewer's own: the one their read scope is centred on. */
export function homeProvince(p: Permissions): string | null {
  return p.readScopeProvince;
}

/** Whether the viewer reads as an agency (their agency's work is their home screen, /home). */
export function actsForAgency(p: Permissions): boolean {
  return p.readScope === 'PROVINCE_AND_AGENCY' || p.readScope === 'AGENCY';
}

/** Where the viewer lands after signing in. */
export function homePath(p: Permissions): string {
  if (p.managedProvince) return `/provinces/${p.managedProvince}`;
  if (actsForAgency(p)) return '/home';
  return '/national';
}
