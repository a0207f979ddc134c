/**
 * Users' e-mail addresses reach only the user themself and ADMIN (`User.email` is null for
 * everyone else), on every path that returns a user: authors of action item updates, actors of
 * the audit trail and the changes it records, `me`, `login`, and the users list and mutations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildActionItem, login, signIn, type SignedIn } from './support/factories';
import { codes, startTestHub, type TestHub } from './support/harness';

let t: TestHub;
let admin: SignedIn;
let coordinator: SignedIn;
let oversight: SignedIn;
let member: SignedIn;
let colleague: SignedIn;
let itemId: number;
let createdEmail: string;

beforeAll(async () => {
  t = await startTestHub();
  admin = await signIn(t, 'ADMIN');
  coordinator = await signIn(t, 'COORDINATOR', { provinceCode: '52' });
  oversight = await signIn(t, 'OVERSIGHT');
  member = await signIn(t, 'MEMBER', { provinceCode: '52' });
  colleague = await signIn(t, 'MEMBER', { agencyId: member.agencyId! });
  itemId = (await buildActionItem(t.sql, { provinceCode: '52', agencyId: member.agencyId! })).id;
  // An update by the member, and one by the coordinator, on the item.
  for (const who of [member, coordinator]) {
    const { version } = await t.sql.one<{ version: number }>('select version from action_item where id = $1', [itemId]);
    const res = await t.gql(
      'mutation($id: ID!, $in: UpdateActionItemInput!) { updateActionItem(id: $id, input: $in) { id } }',
      { id: String(itemId), in: { version, note: 'progress' } },
      who.token,
    );
    expect(res.errors).toBeUndefined();
  }
  // ADMIN creates a coordinator of 52: the audit event of 52 records the new account.
  createdEmail = 'new.coordinator@example.org';
  const created = await t.gql(
    'mutation($in: CreateUserInput!) { createUser(input: $in) { id } }',
    { in: { email: createdEmail, displayName: 'Koordinator Baru', password: 'a-long-enough-password', role: 'COORDINATOR', provinceCode: '52' } },
    admin.token,
  );
  expect(created.errors).toBeUndefined();
});
afterAll(() => t?.stop());

const UPDATES = `{ actionItems { nodes { id updates { author { id email displayName agency { id } } } } } }`;
const ONE_ITEM = `query($id: ID!) { actionItem(id: $id) { updates { author { id email } } } }`;
const AUDIT = `{ auditEvents(first: 100) { nodes { action entityType changes actor { id email displayName } } } }`;

function authorsOf(data: any) {
  return data.actionItems.nodes.flatMap((n: any) => n.updates.map((u: any) => u.author));
}

describe('e-mail addresses', () => {
  it('of update authors: null for a member, except their own', async () => {
    for (const reader of [member, colleague]) {
      const res = await t.gql(UPDATES, {}, reader.token);
      expect(res.errors).toBeUndefined();
      const authors = authorsOf(res.data);
      expect(authors).toHaveLength(2);
      for (const a of authors) expect(a.email).toBe(a.id === String(reader.user.id) ? reader.user.email : null);
      // Names and agencies instead.
      expect(authors.every((a: any) => a.displayName)).toBe(true);
      expect(authors.find((a: any) => a.id === String(member.user.id)).agency).toEqual({ id: String(member.agencyId) });
    }
    const one = await t.gql(ONE_ITEM, { id: String(itemId) }, colleague.token);
    expect(one.data!.actionItem.updates.map((u: any) => u.author.email)).toEqual([null, null]);
  });

  it('of update authors: null for a coordinator and oversight (but their own), all for ADMIN', async () => {
    const asCoordinator = authorsOf((await t.gql(UPDATES, {}, coordinator.token)).data);
    expect(asCoordinator.map((a: any) => a.email).sort()).toEqual([coordinator.user.email, null].sort());
    const asOversight = authorsOf((await t.gql(UPDATES, {}, oversight.token)).data);
    expect(asOversight.map((a: any) => a.email)).toEqual([null, null]);
    const asAdmin = authorsOf((await t.gql(UPDATES, {}, admin.token)).data);
    expect(asAdmin.map((a: any) => a.email).sort()).toEqual([member.user.email, coordinator.user.email].sort());
  });

  it('in the audit trail: actors and recorded changes without e-mails for oversight and coordinators, all for ADMIN', async () => {
    for (const reader of [oversight, coordinator]) {
      const res = await t.gql(AUDIT, {}, reader.token);
      expect(res.errors).toBeUndefined();
      const nodes = res.data!.auditEvents.nodes;
      expect(nodes.length).toBeGreaterThan(0);
      for (const n of nodes) if (n.actor) expect(n.actor.email).toBe(n.actor.id === String(reader.user.id) ? reader.user.email : null);
      const createUser = nodes.find((n: any) => n.action === 'createUser');
      expect(createUser).toBeDefined();
      expect(JSON.parse(createUser.changes)).toMatchObject({ displayName: { after: 'Koordinator Baru' } });
      expect(JSON.stringify(res.data)).not.toContain(createdEmail);
      expect(JSON.stringify(res.data)).not.toContain(admin.user.email);
      expect(JSON.stringify(res.data)).not.toContain(member.user.email);
    }
    const asAdmin = await t.gql(AUDIT, {}, admin.token);
    const createUser = asAdmin.data!.auditEvents.nodes.find((n: any) => n.action === 'createUser');
    expect(JSON.parse(createUser.changes).email).toEqual({ before: null, after: createdEmail });
    expect(createUser.actor.email).toBe(admin.user.email);
  });

  it('the user themself reads their own through me and login', async () => {
    const me = await t.gql('{ me { email } }', {}, member.token);
    expect(me.data!.me.email).toBe(member.user.email);
    const res = await t.gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { user { email } } }', {
      e: colleague.user.email,
      p: colleague.user.password,
    });
    expect(res.data!.login.user.email).toBe(colleague.user.email);
    expect(await login(t, member.user.email)).toMatch(/^v1\./);
  });

  it('the users list stays ADMIN only, with e-mails', async () => {
    expect(codes(await t.gql('{ users { nodes { email } } }', {}, coordinator.token))).toEqual(['FORBIDDEN']);
    const list = await t.gql('{ users(first: 100) { nodes { email } } }', {}, admin.token);
    expect(list.data!.users.nodes.map((u: any) => u.email)).toContain(member.user.email);
  });
});
