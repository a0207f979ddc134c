import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../src/common/dates';
import { resetDatabase, startTestHub, type TestHub } from './support/harness';
import { buildActionItem, buildAgency, buildAgreement, buildCase, buildCommitment, buildReferral, buildUser } from './support/factories';
import { allNotifications, sweep, triples } from './support/followup';

/**
 * Every rule of followup.md's sweep table on hand-built fixtures, at a fixed day A, with the
 * edges: due exactly on A + 7, overdue by exactly 14 days, a moved due date, the fallback, a
 * deactivated user, a second sweep.
 */
const A = '2026-05-10';
const d = (n: number) => addDays(A, n);

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(async () => {
  await t?.stop();
});

interface World {
  admin: number;
  coord52: number;
  coord61: number;
  oversight: number;
  /** Agency X in 52 with two members. */
  x: number;
  mx: number;
  mx2: number;
  /** Agency Y in 52 without any account. */
  y: number;
  /** Agency Z in 61 with one member. */
  z: number;
  mz: number;
}

async function world(): Promise<World> {
  await resetDatabase(t.sql);
  const x = (await buildAgency(t.sql, { provinceCode: '52' })).id;
  const y = (await buildAgency(t.sql, { provinceCode: '52' })).id;
  const z = (await buildAgency(t.sql, { provinceCode: '61' })).id;
  return {
    admin: (await buildUser(t.sql, { role: 'ADMIN' })).id,
    coord52: (await buildUser(t.sql, { role: 'COORDINATOR', provinceCode: '52' })).id,
    coord61: (await buildUser(t.sql, { role: 'COORDINATOR', provinceCode: '61' })).id,
    oversight: (await buildUser(t.sql, { role: 'OVERSIGHT' })).id,
    x,
    mx: (await buildUser(t.sql, { role: 'MEMBER', agencyId: x })).id,
    mx2: (await buildUser(t.sql, { role: 'MEMBER', agencyId: x })).id,
    y,
    z,
    mz: (await buildUser(t.sql, { role: 'MEMBER', agencyId: z })).id,
  };
}

describe('action items', () => {
  let w: World;
  beforeEach(async () => {
    w = await world();
  });

  it('ACTION_DUE_SOON: open items due from A to A + 7 (inclusive), to the agency users', async () => {
    const onA = await buildActionItem(t.sql, { agencyId: w.x, dueOn: A });
    const onA7 = await buildActionItem(t.sql, { agencyId: w.x, dueOn: d(7), status: 'BLOCKED' });
    await buildActionItem(t.sql, { agencyId: w.x, dueOn: d(8) });
    await buildActionItem(t.sql, { agencyId: w.x, dueOn: d(3), status: 'DONE' });
    await buildActionItem(t.sql, { agencyId: w.x, dueOn: d(3), status: 'CANCELLED' });
    const inProgress = await buildActionItem(t.sql, { agencyId: w.x, dueOn: d(1), status: 'IN_PROGRESS' });
    await sweep(t, A);
    expect(await triples(t, 'ACTION_DUE_SOON')).toEqual([
      [onA.id, w.mx, A],
      [onA.id, w.mx2, A],
      [onA7.id, w.mx, d(7)],
      [onA7.id, w.mx2, d(7)],
      [inProgress.id, w.mx, d(1)],
      [inProgress.id, w.mx2, d(1)],
    ]);
  });

  it('ACTION_OVERDUE: open items due before A; ACTION_ESCALATED: overdue by exactly 14 days or more, to the coordinators', async () => {
    const late1 = await buildActionItem(t.sql, { agencyId: w.x, dueOn: d(-1) });
    const late13 = await buildActionItem(t.sql, { agencyId: w.x, dueOn: d(-13) });
    const late14 = await buildActionItem(t.sql, { agencyId: w.x, dueOn: d(-14) });
    const late300 = await buildActionItem(t.sql, { agencyId: w.z, provinceCode: '61', dueOn: d(-300) });
    await buildActionItem(t.sql, { agencyId: w.x, dueOn: d(-30), status: 'DONE' });
    await sweep(t, A);
    expect(await triples(t, 'ACTION_OVERDUE')).toEqual([
      [late1.id, w.mx, d(-1)],
      [late1.id, w.mx2, d(-1)],
      [late13.id, w.mx, d(-13)],
      [late13.id, w.mx2, d(-13)],
      [late14.id, w.mx, d(-14)],
      [late14.id, w.mx2, d(-14)],
      [late300.id, w.mz, d(-300)],
    ]);
    expect(await triples(t, 'ACTION_ESCALATED')).toEqual([
      [late14.id, w.coord52, d(-14)],
      [late300.id, w.coord61, d(-300)],
    ]);
  });

  it('an agency with no account: its items go to the coordinators of the item\'s province (fallback)', async () => {
    const soon = await buildActionItem(t.sql, { agencyId: w.y, dueOn: d(2) });
    const late = await buildActionItem(t.sql, { agencyId: w.y, dueOn: d(-2) });
    await sweep(t, A);
    expect(await triples(t, 'ACTION_DUE_SOON')).toEqual([[soon.id, w.coord52, d(2)]]);
    expect(await triples(t, 'ACTION_OVERDUE')).toEqual([[late.id, w.coord52, d(-2)]]);
  });

  it('an agency whose only member was deactivated falls back too; the deactivated user gets nothing new', async () => {
    await t.sql.run('update hub_user set active = false where agency_id = $1', [w.x]);
    const soon = await buildActionItem(t.sql, { agencyId: w.x, dueOn: d(2) });
    await sweep(t, A);
    expect(await triples(t, 'ACTION_DUE_SOON')).toEqual([[soon.id, w.coord52, d(2)]]);
  });

  it('a second sweep for the same day creates nothing; a moved due date is notified again under its new key', async () => {
    const item = await buildActionItem(t.sql, { agencyId: w.x, dueOn: d(3) });
    const first = await sweep(t, A);
    expect(first.notificationsCreated).toBe(2);
    const again = await sweep(t, A);
    expect(again.notificationsCreated).toBe(0);
    expect(again.emailsQueued).toBe(0);
    // The next day: still due soon, same key: nothing new.
    expect((await sweep(t, d(1))).notificationsCreated).toBe(0);
    await t.sql.run('update action_item set due_on = $2 where id = $1', [item.id, d(6)]);
    expect((await sweep(t, d(1))).notificationsCreated).toBe(2);
    expect(await triples(t, 'ACTION_DUE_SOON')).toEqual([
      [item.id, w.mx, d(3)],
      [item.id, w.mx, d(6)],
      [item.id, w.mx2, d(3)],
      [item.id, w.mx2, d(6)],
    ]);
    const asOfs = (await allNotifications(t)).map((n) => n.asOf).sort();
    expect(asOfs).toEqual([A, A, d(1), d(1)]);
  });
});

describe('commitments', () => {
  let w: World;
  beforeEach(async () => {
    w = await world();
  });

  it('COMMITMENT_DUE_SOON: open commitments due from A to A + 14 of agreements that are not DRAFT', async () => {
    const ag = await buildAgreement(t.sql, { provinceCode: '52', partyIds: [w.x, w.y] });
    const draft = await buildAgreement(t.sql, { provinceCode: '52', partyIds: [w.x, w.y], signedOn: null });
    const later = await buildAgreement(t.sql, { provinceCode: '52', partyIds: [w.x, w.y], signedOn: d(1) });
    const on14 = await buildCommitment(t.sql, { agreementId: ag.id, agencyId: w.x, dueOn: d(14), status: 'IN_PROGRESS' });
    await buildCommitment(t.sql, { agreementId: ag.id, agencyId: w.x, dueOn: d(15) });
    await buildCommitment(t.sql, { agreementId: ag.id, agencyId: w.x, dueOn: d(3), status: 'FULFILLED' });
    await buildCommitment(t.sql, { agreementId: draft.id, agencyId: w.x, dueOn: d(3) });
    await buildCommitment(t.sql, { agreementId: later.id, agencyId: w.x, dueOn: d(3) });
    const fallback = await buildCommitment(t.sql, { agreementId: ag.id, agencyId: w.y, dueOn: A });
    await sweep(t, A);
    expect(await triples(t, 'COMMITMENT_DUE_SOON')).toEqual([
      [on14.id, w.mx, d(14)],
      [on14.id, w.mx2, d(14)],
      [fallback.id, w.coord52, A],
    ]);
  });

  it('COMMITMENT_OVERDUE: to the agency users (fallback) and the coordinators; national agreements: the ADMINs', async () => {
    const ag = await buildAgreement(t.sql, { provinceCode: '52', partyIds: [w.x, w.y] });
    const nat = await buildAgreement(t.sql, { provinceCode: null, partyIds: [w.x, w.z] });
    const late = await buildCommitment(t.sql, { agreementId: ag.id, agencyId: w.x, dueOn: d(-1) });
    const lateY = await buildCommitment(t.sql, { agreementId: ag.id, agencyId: w.y, dueOn: d(-5), status: 'IN_PROGRESS' });
    const lateNat = await buildCommitment(t.sql, { agreementId: nat.id, agencyId: w.z, dueOn: d(-2) });
    await buildCommitment(t.sql, { agreementId: ag.id, agencyId: w.x, dueOn: d(-1), status: 'LAPSED' });
    await sweep(t, A);
    expect(await triples(t, 'COMMITMENT_OVERDUE')).toEqual(
      [
        [late.id, w.mx, d(-1)],
        [late.id, w.mx2, d(-1)],
        [late.id, w.coord52, d(-1)],
        // Y has no account: the coordinators are told once, as fallback and as coordinators.
        [lateY.id, w.coord52, d(-5)],
        [lateNat.id, w.mz, d(-2)],
        [lateNat.id, w.admin, d(-2)],
      ].sort((p, q) => p[0] - q[0] || p[1] - q[1]),
    );
  });

  it('only to recipients who may read the record: a member whose agency is not a party of a national agreement is not told', async () => {
    const nat = await buildAgreement(t.sql, { provinceCode: null, partyIds: [w.z] });
    const c = await buildCommitment(t.sql, { agreementId: nat.id, agencyId: w.x, dueOn: d(2) });
    await sweep(t, A);
    expect(await triples(t, 'COMMITMENT_DUE_SOON')).toEqual([]);
    // Once X is a party, its members read the agreement and are told.
    await t.sql.run('insert into agreement_party (agreement_id, agency_id) values ($1, $2)', [nat.id, w.x]);
    await sweep(t, A);
    expect(await triples(t, 'COMMITMENT_DUE_SOON')).toEqual([
      [c.id, w.mx, d(2)],
      [c.id, w.mx2, d(2)],
    ]);
  });
});

describe('agreements and referrals', () => {
  let w: World;
  beforeEach(async () => {
    w = await world();
  });

  it('AGREEMENT_EXPIRING: ACTIVE as of A, A < expiresOn <= A + 90, to the coordinators and the agency users of every party', async () => {
    const in90 = await buildAgreement(t.sql, { provinceCode: '52', partyIds: [w.x, w.y, w.z], expiresOn: d(90) });
    const in1 = await buildAgreement(t.sql, { provinceCode: '61', partyIds: [w.z], expiresOn: d(1) });
    await buildAgreement(t.sql, { provinceCode: '52', partyIds: [w.x], expiresOn: d(91) });
    await buildAgreement(t.sql, { provinceCode: '52', partyIds: [w.x], expiresOn: A });
    await buildAgreement(t.sql, { provinceCode: '52', partyIds: [w.x], expiresOn: d(30), terminatedOn: d(-1) });
    await buildAgreement(t.sql, { provinceCode: '52', partyIds: [w.x], expiresOn: d(30), signedOn: null });
    const nat = await buildAgreement(t.sql, { provinceCode: null, partyIds: [w.x], expiresOn: d(10) });
    await sweep(t, A);
    expect(await triples(t, 'AGREEMENT_EXPIRING')).toEqual([
      [in90.id, w.coord52, d(90)],
      [in90.id, w.mx, d(90)],
      [in90.id, w.mx2, d(90)],
      [in90.id, w.mz, d(90)],
      [in1.id, w.coord61, d(1)],
      [in1.id, w.mz, d(1)],
      [nat.id, w.admin, d(10)],
      [nat.id, w.mx, d(10)],
      [nat.id, w.mx2, d(10)],
    ].sort((p, q) => (p[0] as number) - (q[0] as number) || (p[1] as number) - (q[1] as number)));
  });

  it('REFERRAL_STALE: PENDING referrals waiting 14 days or more, to the coordinators of the case\'s province', async () => {
    const c = await buildCase(t.sql, { provinceCode: '52', intakeAgencyId: w.x, reportedOn: d(-60) });
    const stale = await buildReferral(t.sql, { caseId: c.id, fromAgencyId: w.x, toAgencyId: w.z, referredOn: d(-14) });
    await buildReferral(t.sql, { caseId: c.id, fromAgencyId: w.x, toAgencyId: w.y, referredOn: d(-13) });
    await buildReferral(t.sql, { caseId: c.id, fromAgencyId: w.x, toAgencyId: w.y, referredOn: d(-40), status: 'ACCEPTED' });
    await sweep(t, A);
    expect(await triples(t, 'REFERRAL_STALE')).toEqual([[stale.id, w.coord52, d(-14)]]);
  });

  it('OVERSIGHT users and coordinators of other provinces are never told about a province\'s records', async () => {
    await buildActionItem(t.sql, { agencyId: w.y, dueOn: d(-20) });
    await buildAgreement(t.sql, { provinceCode: '52', partyIds: [w.y], expiresOn: d(20) });
    await sweep(t, A);
    const recipients = new Set((await allNotifications(t)).map((n) => n.recipientId));
    expect(recipients).toEqual(new Set([w.coord52]));
  });
});
