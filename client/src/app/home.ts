import type { Viewer } from '../session/session';

/** The province whose dashboard is the viewer's own: the coordinator's, or the member agency's. */
export function homeProvince(v: Viewer): string | null {
  if (v.role === 'COORDINATOR') return v.province?.code ?? null;
  if (v.role === 'MEMBER') return v.agency?.province?.code ?? null;
  return null;
}

/** Where the viewer lands after signing in. */
export function homePath(v: Viewer): string {
  if (v.role === 'COORDINATOR' && v.province) return `/provinces/${v.province.code}`;
  if (v.role === 'MEMBER') return '/home';
  return '/national';
}
