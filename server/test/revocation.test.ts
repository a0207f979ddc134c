/**
 * Revocation at once on one instance: sessions are read with their user on every request, so a
 * deactivation (or a move to another agency) applies to every request that starts after the
 * mutation returned, even while the user's requests are in flight. The same across two hub
 * processes is in test/acceptance/instances.test.ts (PostgreSQL).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildActionItem, buildAgency, signIn } from './support/factories';
import { codes, startTestHub, type TestHub } from './support/harness';

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(() => t?.stop());

const UPDATE_USER = 'mutation($id: ID!, $in: UpdateUserInput!) { updateUser(id: $id, input: $in) { id active } }';
const ITEMS = '{ actionItems { totalCount } }';

interface Outcome {
  start: number;
  ok: boolean;
  code: string | undefined;
}

/** Runs `loops` tight loops of one query until `stop()` says so; every request's start and outcome. */
function tightLoops(query: string, token: string, loops: number) {
  const outcomes: Outcome[] = [];
  let running = true;
  const done = Promise.all(
    Array.from({ length: loops }, async () => {
      while (running) {
        const start = performance.now();
        const res = await t.gql(query, {}, token);
        outcomes.push({ start, ok: !res.errors, code: codes(res)[0] });
      }
    }),
  );
  return {
    outcomes,
    stop: async () => {
      running = false;
      await done;
    },
  };
}

async function until(condition: () => boolean, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the request loops');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('revocation on one instance', () => {
  it('a user deactivated while their requests are in flight: no request started after the mutation returned succeeds', async () => {
    const admin = await signIn(t, 'ADMIN');
    for (let run = 0; run < 3; run++) {
      const member = await signIn(t, 'MEMBER');
      const loops = tightLoops(ITEMS, member.token, 4);
      // Deactivate while the loops are under way (some requests have already succeeded)...
      await until(() => loops.outcomes.some((o) => o.ok));
      const res = await t.gql(UPDATE_USER, { id: String(member.user.id), in: { active: false } }, admin.token);
      const returned = performance.now();
      expect(res.errors).toBeUndefined();
      // ...and keep them going until enough requests started after the mutation returned.
      await until(() => loops.outcomes.filter((o) => o.start > returned).length >= 8);
      await loops.stop();
      const after = loops.outcomes.filter((o) => o.start > returned);
      expect(after.filter((o) => o.ok)).toEqual([]);
      expect(new Set(after.map((o) => o.code))).toEqual(new Set(['UNAUTHENTICATED']));
    }
  }, 120_000);

  it('a member moved to another agency has the new scope from the next request on', async () => {
    const admin = await signIn(t, 'ADMIN');
    const member = await signIn(t, 'MEMBER', { provinceCode: '52' });
    await buildActionItem(t.sql, { provinceCode: '52' });
    const elsewhere = await buildAgency(t.sql, { provinceCode: '61' });
    expect((await t.gql(ITEMS, {}, member.token)).data!.actionItems.totalCount).toBe(1);
    const moved = await t.gql(UPDATE_USER, { id: String(member.user.id), in: { agencyId: String(elsewhere.id) } }, admin.token);
    expect(moved.errors).toBeUndefined();
    expect((await t.gql(ITEMS, {}, member.token)).data!.actionItems.totalCount).toBe(0);
  });

  it('logout refuses the token on the next request', async () => {
    const member = await signIn(t, 'MEMBER');
    expect((await t.gql(ITEMS, {}, member.token)).errors).toBeUndefined();
    expect((await t.gql('mutation { logout }', {}, member.token)).data!.logout).toBe(true);
    expect(codes(await t.gql(ITEMS, {}, member.token))).toEqual(['UNAUTHENTICATED']);
  });
});
