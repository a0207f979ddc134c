import { ACCOUNTS } from '../catalogue';
import { HISTORY_DAYS, type UserRow } from '../dataset';
import type { DemoWorld } from '../world';
import type { Agencies } from './agencies';

export interface Users {
  rows: UserRow[];
  /** Agency index → the index of its member account. */
  memberOf: Map<number, number>;
  /** Province code → the index of its coordinator. */
  coordinatorOf: Map<string, number>;
  admin: number;
}

/** The demo accounts of the catalogue (no random draws). */
export function generateUsers(w: DemoWorld, agencies: Agencies): Users {
  const rows: UserRow[] = ACCOUNTS.map((acc, i) => ({
    email: acc.email,
    displayName: acc.displayName,
    role: acc.role,
    provinceCode: acc.province ?? null,
    agency: acc.agency ? agencies.A(acc.agency) : null,
    description: acc.description,
    createdAt: w.stamp(w.day(-HISTORY_DAYS - 30), 9 * 60 + i),
  }));
  const memberOf = new Map<number, number>();
  const coordinatorOf = new Map<string, number>();
  rows.forEach((u, i) => {
    if (u.role === 'MEMBER' && u.agency !== null) memberOf.set(u.agency, i);
    if (u.role === 'COORDINATOR' && u.provinceCode) coordinatorOf.set(u.provinceCode, i);
  });
  return { rows, memberOf, coordinatorOf, admin: rows.findIndex((u) => u.role === 'ADMIN') };
}
