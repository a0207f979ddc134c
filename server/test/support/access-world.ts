import { expect } from 'vitest';
import { buildAgency, login, signIn, snapshotCounts, type AgencyRow, type SignedIn } from './factories';
import { codes, type GqlResult, type TestHub } from './harness';

/**
 * The callers of the access-control tests. "coordinator" and "member" are the ones the
 * record under test belongs to (province 52, agency A); "otherCoordinator" coordinates
 * another province (51) and "otherMember" works for another agency (B) of province 52.
 */
export const ROLES = ['anonymous', 'admin', 'coordinator', 'otherCoordinator', 'oversight', 'member', 'otherMember'] as const;
export type Caller = (typeof ROLES)[number];
export type SignedInCaller = Exclude<Caller, 'anonymous'>;

/** The province records under test belong to, and the other one. */
export const P = '52';
export const Q = '51';

export interface AccessWorld {
  /** Agencies: A (the member's), B (the other member's) and C in province 52; D in 51; N national. */
  agencies: { A: AgencyRow; B: AgencyRow; C: AgencyRow; D: AgencyRow; N: AgencyRow };
  users: Record<SignedInCaller, SignedIn>;
}

/** Agencies and one signed-in user per caller, shared by every case of a file. */
export async function buildAccessWorld(t: TestHub): Promise<AccessWorld> {
  const A = await buildAgency(t.sql, { name: 'A Unit PPA Polda NTB', sector: 'POLICE', provinceCode: P });
  const B = await buildAgency(t.sql, { name: 'B RSUD Mataram', sector: 'HEALTH', provinceCode: P });
  const C = await buildAgency(t.sql, { name: 'C UPTD PPA NTB', sector: 'PROTECTION_SERVICE', provinceCode: P });
  const D = await buildAgency(t.sql, { name: 'D UPTD PPA Bali', sector: 'PROTECTION_SERVICE', provinceCode: Q });
  const N = await buildAgency(t.sql, { name: 'N KPAI', sector: 'OVERSIGHT', provinceCode: null });
  const users = {
    admin: await signIn(t, 'ADMIN'),
    coordinator: await signIn(t, 'COORDINATOR', { provinceCode: P }),
    otherCoordinator: await signIn(t, 'COORDINATOR', { provinceCode: Q }),
    // Names its body (N), so it may issue recommendations for N.
    oversight: await signIn(t, 'OVERSIGHT', { agencyId: N.id }),
    member: await signIn(t, 'MEMBER', { agencyId: A.id }),
    otherMember: await signIn(t, 'MEMBER', { agencyId: B.id }),
  };
  return { agencies: { A, B, C, D, N }, users };
}

export function tokenOf(w: AccessWorld, caller: Caller): string | null {
  return caller === 'anonymous' ? null : w.users[caller].token;
}

/** A second session of the caller's user, for operations that end the session they run in. */
export async function freshToken(t: TestHub, w: AccessWorld, caller: SignedInCaller): Promise<string> {
  return login(t, w.users[caller].user.email);
}

export interface AuditRow {
  action: string;
  entityType: string;
  entityId: string;
  actorId: number | null;
  provinceCode: string | null;
}

/** Everything a refused operation must leave alone: row counts and the target row. */
export interface Snapshot {
  counts: Record<string, number>;
  target: string | null;
  lastAuditId: number;
}

export interface Target {
  table: string;
  id: number;
}

export async function snapshot(t: TestHub, target?: Target | null): Promise<Snapshot> {
  const counts = await snapshotCounts(t.sql);
  const { id } = await t.sql.one<{ id: number }>('select coalesce(max(id), 0)::int as id from audit_event');
  return { counts, target: target ? await rowText(t, target) : null, lastAuditId: id };
}

/** The whole row as JSON text, so any changed column shows up in a comparison. */
export async function rowText(t: TestHub, target: Target): Promise<string | null> {
  const row = await t.sql.maybeOne<{ j: string }>(`select to_jsonb(x)::text as j from ${target.table} x where x.id = $1`, [target.id]);
  return row?.j ?? null;
}

/** Audit events written since a snapshot, oldest first. */
export async function auditSince(t: TestHub, s: Snapshot): Promise<AuditRow[]> {
  return t.sql.all<AuditRow>(
    `select action, entity_type as "entityType", entity_id as "entityId", actor_id as "actorId", province_code as "provinceCode"
     from audit_event where id > $1 order by id`,
    [s.lastAuditId],
  );
}

/** Asserts a refusal with exactly this code that left counts, the target row and the audit trail as they were. */
export async function expectRefusedUnchanged(t: TestHub, res: GqlResult, code: string, before: Snapshot, target?: Target | null) {
  expect(codes(res), JSON.stringify(res.errors)).toEqual([code]);
  expect(res.data).toBeNull();
  const after = await snapshot(t, target);
  expect(after.counts).toEqual(before.counts);
  if (target) expect(after.target).toBe(before.target);
  expect(await auditSince(t, before)).toEqual([]);
}

let n = 0;
/** A short suffix that makes names and emails unique within a run. */
export const unique = () => `${process.pid}-${++n}`;
