/**
 * Hand-computed fixtures, one small world per metric (docs/metrics.md). Each scenario lives in
 * its own province, so the scenarios do not see each other's records; every expected value is
 * worked out in the comments. Read as ADMIN, so no figure is suppressed (see
 * metrics-suppression.test.ts for what other viewers see).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildActionItem,
  buildAgency,
  buildAgreement,
  buildCase,
  buildCommitment,
  buildMeeting,
  buildReferral,
  buildService,
  signIn,
} from './support/factories';
import { resetDatabase, startTestHub, type TestHub } from './support/harness';

let t: TestHub;
let admin: string;

beforeAll(async () => {
  t = await startTestHub();
  admin = (await signIn(t, 'ADMIN')).token;
});
afterAll(() => t?.stop());

const COUNT = '{ value suppressed }';
const FIELDS = `province { code } from to asOf hasData
  activeAgreements expiringAgreements coveredSectors sectorCoverage crossSectorPartnerships
  meetingsHeld commitments commitmentsFulfilled commitmentsOverdue fulfilmentRate
  actionsOpen actionsOverdue actionsDoneInPeriod onTimeCompletionRate
  casesReported ${COUNT} casesByIssueArea { issueArea count ${COUNT} } casesByOutcome { outcome count ${COUNT} }
  medianDaysToFirstService referralAcceptanceRate multiSectorCaseRate coordinationIndex
  agencyActionStats { agency { id name } open overdue doneInPeriod onTimeRate }`;

interface Period {
  from?: string;
  to?: string;
  asOf?: string;
}

async function metrics(provinceCode: string, period: Period = {}) {
  const res = await t.gql(
    `query($p: String!, $from: Date, $to: Date, $asOf: Date) {
      provinceMetrics(provinceCode: $p, from: $from, to: $to, asOf: $asOf) { ${FIELDS} } }`,
    { p: provinceCode, ...period },
    admin,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.provinceMetrics;
}

const counts = (cells: { count: { value: number | null } }[]) => cells.map((c) => c.count.value);

describe('arguments', () => {
  it('defaults asOf to today in the hub time zone, to to asOf and from to to - 364 days', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
    const m = await metrics('94');
    expect(m.asOf).toBe(today);
    expect(m.to).toBe(today);
    const from = new Date(`${today}T00:00:00Z`);
    from.setUTCDate(from.getUTCDate() - 364);
    expect(m.from).toBe(from.toISOString().slice(0, 10));

    const explicit = await metrics('94', { asOf: '2026-03-01', to: '2026-02-10' });
    expect([explicit.from, explicit.to, explicit.asOf]).toEqual(['2025-02-11', '2026-02-10', '2026-03-01']);
  });
});

describe('agreements', () => {
  // asOf A = 2026-06-15, so A + 90 = 2026-09-13.
  const A = '2026-06-15';

  it('counts agreements ACTIVE as of asOf, and those expiring within 90 days', async () => {
    const P = '11';
    const mk = (o: Parameters<typeof buildAgreement>[1]) => buildAgreement(t.sql, { provinceCode: P, ...o });
    await mk({ signedOn: '2026-01-01', expiresOn: '2026-09-13' }); // ACTIVE; expires exactly at A + 90: expiring
    await mk({ signedOn: '2026-01-01', expiresOn: '2026-09-14' }); // ACTIVE; A + 91: not expiring
    await mk({ signedOn: '2026-01-01', expiresOn: A }); // expiresOn = A is not < A: ACTIVE; not A < expiresOn: not expiring
    await mk({ signedOn: '2026-01-01', expiresOn: '2026-06-14' }); // EXPIRED
    await mk({ signedOn: null }); // DRAFT
    await mk({ signedOn: '2026-06-16' }); // signed after A: DRAFT
    await mk({ signedOn: A, expiresOn: null }); // signed on A: ACTIVE; no expiry: not expiring
    await mk({ signedOn: '2026-01-01', terminatedOn: A }); // terminated on A: TERMINATED
    await mk({ signedOn: '2026-01-01', terminatedOn: '2026-06-16', expiresOn: '2026-07-01' }); // ACTIVE, expiring
    await mk({ signedOn: '2025-01-01', terminatedOn: '2026-01-01', expiresOn: '2026-03-01' }); // TERMINATED (before EXPIRED)
    await buildAgreement(t.sql, { provinceCode: null, signedOn: '2026-01-01' }); // national: never in a province
    await buildAgreement(t.sql, { provinceCode: '91', signedOn: '2026-01-01' }); // another province

    const m = await metrics(P, { asOf: A });
    // ACTIVE: the 1st, 2nd, 3rd, 7th and 9th.
    expect(m.activeAgreements).toBe(5);
    // Expiring: the 1st (at A + 90) and the 9th (2026-07-01).
    expect(m.expiringAgreements).toBe(2);
  });

  it('measures sector coverage and cross-sector partnerships over ACTIVE agreements', async () => {
    const P = '12';
    const police1 = await buildAgency(t.sql, { provinceCode: P, sector: 'POLICE' });
    const police2 = await buildAgency(t.sql, { provinceCode: P, sector: 'POLICE' });
    const health = await buildAgency(t.sql, { provinceCode: P, sector: 'HEALTH' });
    const other = await buildAgency(t.sql, { provinceCode: P, sector: 'OTHER' });
    const social = await buildAgency(t.sql, { provinceCode: P, sector: 'SOCIAL_WELFARE' });
    const legalAid = await buildAgency(t.sql, { provinceCode: P, sector: 'LEGAL_AID' });
    const national = await buildAgency(t.sql, { provinceCode: null, sector: 'OVERSIGHT' });
    const party = (...ids: number[]) => ({ provinceCode: P, signedOn: '2026-01-01', partyIds: ids.map((a) => a) });
    await buildAgreement(t.sql, party(police1.id, police2.id, health.id)); // pairs {p1,h}, {p2,h}; {p1,p2} same sector
    await buildAgreement(t.sql, party(police1.id, health.id, other.id)); // {p1,h} again (counted once), {p1,o}, {h,o}
    await buildAgreement(t.sql, party(social.id, national.id)); // {s,n}: a national agency party of a provincial agreement
    await buildAgreement(t.sql, { ...party(legalAid.id, police1.id), signedOn: null }); // DRAFT: nothing
    await buildAgreement(t.sql, { ...party(legalAid.id, health.id), expiresOn: '2026-02-01' }); // EXPIRED: nothing

    const m = await metrics(P, { asOf: A });
    // Sectors of ACTIVE parties, in enum order; LEGAL_AID only in DRAFT/EXPIRED agreements.
    expect(m.coveredSectors).toEqual(['SOCIAL_WELFARE', 'POLICE', 'HEALTH', 'OVERSIGHT', 'OTHER']);
    // OTHER does not count: 4 of the 11 other sectors.
    expect(m.sectorCoverage).toBeCloseTo(4 / 11, 12);
    // {p1,h}, {p2,h}, {p1,o}, {h,o}, {s,n}
    expect(m.crossSectorPartnerships).toBe(5);
  });
});

describe('meetings', () => {
  it('counts the province meetings held from..to, both ends included', async () => {
    const P = '13';
    for (const heldOn of ['2025-12-31', '2026-01-01', '2026-06-30', '2026-07-01']) await buildMeeting(t.sql, { provinceCode: P, heldOn });
    await buildMeeting(t.sql, { provinceCode: null, heldOn: '2026-03-01' }); // national meeting
    await buildMeeting(t.sql, { provinceCode: '92', heldOn: '2026-03-01' }); // another province
    const m = await metrics(P, { from: '2026-01-01', to: '2026-06-30', asOf: '2026-06-30' });
    expect(m.meetingsHeld).toBe(2); // 2026-01-01 and 2026-06-30
  });
});

describe('commitments', () => {
  it('counts commitments of agreements that are not DRAFT as of asOf', async () => {
    const P = '14';
    const A = '2026-06-15';
    const active = await buildAgreement(t.sql, { provinceCode: P, signedOn: '2026-01-01' });
    const expired = await buildAgreement(t.sql, { provinceCode: P, signedOn: '2025-01-01', expiresOn: '2026-01-01' });
    const terminated = await buildAgreement(t.sql, { provinceCode: P, signedOn: '2025-01-01', terminatedOn: '2026-02-01' });
    const draft = await buildAgreement(t.sql, { provinceCode: P, signedOn: null });
    const signedLater = await buildAgreement(t.sql, { provinceCode: P, signedOn: '2026-07-01' });
    const national = await buildAgreement(t.sql, { provinceCode: null, signedOn: '2026-01-01' });
    const c = (agreementId: number, status: string, dueOn: string | null) => buildCommitment(t.sql, { agreementId, status, dueOn });
    await c(active.id, 'FULFILLED', '2026-03-01'); // c1 fulfilled, assessable
    await c(active.id, 'LAPSED', '2026-12-01'); // c2 assessable (LAPSED), not overdue
    await c(active.id, 'PLANNED', '2026-06-14'); // c3 overdue (due before A), assessable
    await c(active.id, 'IN_PROGRESS', A); // c4 due on A: neither overdue nor assessable
    await c(active.id, 'PLANNED', null); // c5 no due date: neither
    await c(active.id, 'FULFILLED', null); // c6 fulfilled, assessable
    await c(expired.id, 'IN_PROGRESS', '2025-12-01'); // c7 EXPIRED agreements still count: overdue, assessable
    await c(terminated.id, 'LAPSED', '2025-06-01'); // c8 assessable
    await c(draft.id, 'FULFILLED', '2026-01-01'); // DRAFT agreement: left out
    await c(signedLater.id, 'PLANNED', '2026-01-01'); // signed after A, so DRAFT as of A: left out
    await c(national.id, 'FULFILLED', '2026-01-01'); // national agreement: not in the province

    const m = await metrics(P, { asOf: A });
    expect(m.commitments).toBe(8); // c1..c8
    expect(m.commitmentsFulfilled).toBe(2); // c1, c6
    expect(m.commitmentsOverdue).toBe(2); // c3, c7
    // assessable: c1, c2, c3, c6, c7, c8 = 6; fulfilled 2
    expect(m.fulfilmentRate).toBeCloseTo(2 / 6, 12);

    // The same commitments as of 2026-07-01: the agreement signed that day is no longer DRAFT.
    const later = await metrics(P, { asOf: '2026-07-01' });
    expect(later.commitments).toBe(9);
  });

  it('has no fulfilment rate when nothing is assessable', async () => {
    const P = '95';
    const a = await buildAgreement(t.sql, { provinceCode: P, signedOn: '2026-01-01' });
    await buildCommitment(t.sql, { agreementId: a.id, status: 'PLANNED', dueOn: '2026-12-31' });
    const m = await metrics(P, { asOf: '2026-06-15' });
    expect([m.commitments, m.commitmentsOverdue, m.fulfilmentRate]).toEqual([1, 0, null]);
  });
});

describe('action items', () => {
  // Period F..T = 2026-01-01..2026-06-30, asOf A = 2026-06-15 (before T, so "dueOn < A" matters).
  const period = { from: '2026-01-01', to: '2026-06-30', asOf: '2026-06-15' };

  it('counts open, overdue, done and on-time items, per province and per agency', async () => {
    const P = '15';
    const alpha = await buildAgency(t.sql, { provinceCode: P, name: 'Alpha Unit PPA' });
    const beta = await buildAgency(t.sql, { provinceCode: P, name: 'Beta Dinas Sosial' });
    const gamma = await buildAgency(t.sql, { provinceCode: P, name: 'Gamma RSUD' });
    const delta = await buildAgency(t.sql, { provinceCode: null, name: 'Delta Komnas', sector: 'OVERSIGHT' }); // national agency
    const other = await buildAgency(t.sql, { provinceCode: '16', name: 'Aardvark elsewhere' });
    const item = (agencyId: number, status: string, dueOn: string, completedOn: string | null = null) =>
      buildActionItem(t.sql, { provinceCode: P, agencyId, status, openedOn: '2025-10-01', dueOn, completedOn });
    await item(alpha.id, 'OPEN', '2026-06-14'); // i1 open, overdue; due in F..T and < A: on-time denominator (late)
    await item(alpha.id, 'IN_PROGRESS', '2026-06-15'); // i2 open; due on A: not overdue, not in the on-time rate
    await item(alpha.id, 'BLOCKED', '2026-05-01'); // i3 open, overdue; denominator (late)
    await item(beta.id, 'DONE', '2026-03-31', '2026-03-31'); // i4 done in period; completed on dueOn: on time
    await item(beta.id, 'DONE', '2026-03-31', '2026-04-01'); // i5 done in period; one day late
    await item(beta.id, 'DONE', '2025-12-15', '2026-01-01'); // i6 done on F: in period; due before F: not in the rate
    await item(beta.id, 'DONE', '2026-02-01', '2025-12-31'); // i7 done before F: not in period; due in F..T: on time
    await item(gamma.id, 'CANCELLED', '2026-02-01'); // i8 nowhere
    await item(gamma.id, 'DONE', '2026-06-20', '2026-06-10'); // i9 done in period; due after A: not in the rate
    await item(gamma.id, 'OPEN', '2026-06-29'); // i10 open, not overdue
    await item(delta.id, 'OPEN', '2026-01-10'); // i11 national agency, item in P: open, overdue; denominator (late)
    await item(gamma.id, 'DONE', '2026-07-15', '2026-06-30'); // i12 done on T: in period; due after T
    await item(alpha.id, 'DONE', '2026-06-01', '2026-07-01'); // i13 done after T; due in F..T and < A: late
    await buildActionItem(t.sql, { provinceCode: '16', agencyId: other.id, status: 'OPEN', dueOn: '2026-01-01' }); // elsewhere
    await buildActionItem(t.sql, { provinceCode: '16', agencyId: alpha.id, status: 'OPEN', dueOn: '2026-01-01' }); // alpha, elsewhere

    const m = await metrics(P, period);
    expect(m.actionsOpen).toBe(5); // i1 i2 i3 i10 i11
    expect(m.actionsOverdue).toBe(3); // i1 i3 i11
    expect(m.actionsDoneInPeriod).toBe(5); // i4 i5 i6 i9 i12
    // Denominator: i1 i3 i4 i5 i7 i11 i13 = 7; on time: i4 (completed on dueOn) and i7 = 2.
    expect(m.onTimeCompletionRate).toBeCloseTo(2 / 7, 12);

    // Per agency, ordered by overdue descending, then name: Alpha (2), Delta (1), Beta, Gamma (0).
    const stats = m.agencyActionStats.map((s: any) => ({ ...s, agency: s.agency.name }));
    expect(stats).toEqual([
      // i1 i2 i3 open, i1 i3 overdue, nothing done in period (i13 after T), rate over i1 i3 i13: 0 of 3
      { agency: 'Alpha Unit PPA', open: 3, overdue: 2, doneInPeriod: 0, onTimeRate: 0 },
      // i11
      { agency: 'Delta Komnas', open: 1, overdue: 1, doneInPeriod: 0, onTimeRate: 0 },
      // i4 i5 i6 done in period; rate over i4 i5 i7: 2 of 3
      { agency: 'Beta Dinas Sosial', open: 0, overdue: 0, doneInPeriod: 3, onTimeRate: 2 / 3 },
      // i10 open; i9 i12 done in period; no item due in F..T before A (i8 cancelled): no rate
      { agency: 'Gamma RSUD', open: 1, overdue: 0, doneInPeriod: 2, onTimeRate: null },
    ]);
  });

  it('lists an agency whose only item is cancelled, with zeros', async () => {
    const P = '63';
    const a = await buildAgency(t.sql, { provinceCode: P, name: 'Only cancelled' });
    await buildActionItem(t.sql, { provinceCode: P, agencyId: a.id, status: 'CANCELLED', dueOn: '2026-02-01' });
    const m = await metrics(P, period);
    expect(m.agencyActionStats).toEqual([{ agency: { id: String(a.id), name: 'Only cancelled' }, open: 0, overdue: 0, doneInPeriod: 0, onTimeRate: null }]);
    expect([m.actionsOpen, m.actionsOverdue, m.actionsDoneInPeriod, m.onTimeCompletionRate]).toEqual([0, 0, 0, null]);
  });
});

describe('cases', () => {
  const period = { from: '2026-01-01', to: '2026-06-30', asOf: '2026-06-30' };

  it('counts cases reported from..to by issue area and outcome, every value listed in enum order', async () => {
    const P = '17';
    const c = (reportedOn: string, issueArea: string, outcome: string) => buildCase(t.sql, { provinceCode: P, reportedOn, issueArea, outcome });
    await c('2026-01-01', 'DOMESTIC_VIOLENCE', 'OPEN'); // on F: in
    await c('2026-02-01', 'DOMESTIC_VIOLENCE', 'RESOLVED');
    await c('2026-03-01', 'SEXUAL_VIOLENCE', 'OPEN');
    await c('2026-04-01', 'TRAFFICKING', 'CONVICTED');
    await c('2026-05-01', 'CHILD_MARRIAGE', 'OPEN');
    await c('2026-06-30', 'DOMESTIC_VIOLENCE', 'IN_SERVICE'); // on T: in
    await c('2025-12-31', 'OTHER', 'OPEN'); // before F
    await c('2026-07-01', 'OTHER', 'OPEN'); // after T
    await buildCase(t.sql, { provinceCode: '61', reportedOn: '2026-03-01' }); // another province

    const m = await metrics(P, period);
    expect(m.casesReported).toEqual({ value: 6, suppressed: false });
    expect(m.casesByIssueArea.map((x: any) => x.issueArea)).toEqual([
      'CHILD_MARRIAGE', 'VIOLENCE_AGAINST_WOMEN', 'DOMESTIC_VIOLENCE', 'SEXUAL_VIOLENCE', 'VIOLENCE_AGAINST_CHILDREN', 'TRAFFICKING', 'OTHER',
    ]);
    expect(counts(m.casesByIssueArea)).toEqual([1, 0, 3, 1, 0, 1, 0]);
    expect(m.casesByOutcome.map((x: any) => x.outcome)).toEqual([
      'OPEN', 'IN_SERVICE', 'IN_LEGAL_PROCESS', 'RESOLVED', 'CONVICTED', 'DISMISSED', 'WITHDRAWN', 'REFERRED_OUT',
    ]);
    expect(counts(m.casesByOutcome)).toEqual([3, 1, 0, 1, 1, 0, 0, 0]);
    // No service, no referral: nothing to measure.
    expect([m.medianDaysToFirstService, m.referralAcceptanceRate]).toEqual([null, null]);
  });

  it('takes the median of the days to the first service: middle value, or mean of the two middle values', async () => {
    const P = '18';
    const agency = await buildAgency(t.sql, { provinceCode: P });
    const withServices = async (reportedOn: string, ...providedOn: string[]) => {
      const k = await buildCase(t.sql, { provinceCode: P, reportedOn, intakeAgencyId: agency.id });
      for (const d of providedOn) await buildService(t.sql, { caseId: k.id, agencyId: agency.id, providedOn: d });
    };
    await withServices('2026-02-01', '2026-02-04', '2026-02-02'); // k1: the earliest service counts: 1 day
    await withServices('2026-02-01', '2026-02-04'); // k2: 3
    await withServices('2026-03-01', '2026-03-07'); // k3: 6
    await withServices('2026-03-01', '2026-03-11'); // k4: 10
    await withServices('2026-04-01'); // k5: no service, not in the median
    await withServices('2026-07-10', '2026-07-10'); // k6: same day, 0
    await withServices('2026-07-20', '2026-07-23'); // k7: 3

    // First half (k1..k5): 1, 3, 6, 10, the April case has no service; even count: (3 + 6) / 2
    expect((await metrics(P, period)).medianDaysToFirstService).toBe(4.5);
    // Whole year: 0, 1, 3, 3, 6, 10; the two middle values tie: (3 + 3) / 2
    expect((await metrics(P, { from: '2026-01-01', to: '2026-12-31', asOf: '2026-12-31' })).medianDaysToFirstService).toBe(3);
    // Second half: 0, 3 → 1.5
    expect((await metrics(P, { from: '2026-07-01', to: '2026-12-31', asOf: '2026-12-31' })).medianDaysToFirstService).toBe(1.5);
    // February 1st to July 15th: 0, 1, 3, 6, 10; odd count: the middle value
    expect((await metrics(P, { from: '2026-02-01', to: '2026-07-15', asOf: '2026-12-31' })).medianDaysToFirstService).toBe(3);
  });

  it('rates referrals accepted or completed, leaving out PENDING ones made less than 14 days before asOf', async () => {
    const P = '19';
    const A = '2026-06-15'; // A - 14 = 2026-06-01
    const from = await buildAgency(t.sql, { provinceCode: P });
    const to = await buildAgency(t.sql, { provinceCode: P, sector: 'HEALTH' });
    const c1 = await buildCase(t.sql, { provinceCode: P, reportedOn: '2026-05-01', intakeAgencyId: from.id });
    const c2 = await buildCase(t.sql, { provinceCode: P, reportedOn: '2026-05-20', intakeAgencyId: from.id });
    const old = await buildCase(t.sql, { provinceCode: P, reportedOn: '2025-12-01', intakeAgencyId: from.id }); // outside F..T
    const r = (caseId: number, status: string, referredOn: string) =>
      buildReferral(t.sql, { caseId, fromAgencyId: from.id, toAgencyId: to.id, status, referredOn, respondedOn: status === 'PENDING' ? null : referredOn });
    await r(c1.id, 'ACCEPTED', '2026-05-02'); // numerator and denominator
    await r(c1.id, 'COMPLETED', '2026-05-03'); // numerator and denominator
    await r(c1.id, 'DECLINED', '2026-05-04'); // denominator
    await r(c1.id, 'PENDING', '2026-06-01'); // referred exactly 14 days before A: denominator
    await r(c2.id, 'PENDING', '2026-06-02'); // 13 days before A: left out
    await r(c2.id, 'PENDING', '2026-05-21'); // denominator
    await r(c2.id, 'PENDING', '2026-06-14'); // 1 day: left out
    await r(old.id, 'ACCEPTED', '2025-12-02'); // case outside the period
    const m = await metrics(P, { from: '2026-01-01', to: '2026-06-30', asOf: A });
    expect(m.referralAcceptanceRate).toBeCloseTo(2 / 5, 12);
    // Two weeks later the two young PENDING referrals count too: 2 / 7.
    expect((await metrics(P, { from: '2026-01-01', to: '2026-06-30', asOf: '2026-06-29' })).referralAcceptanceRate).toBeCloseTo(2 / 7, 12);
  });

  it('rates cases spanning two or more sectors: intake, both ends of every referral, every service', async () => {
    const P = '21';
    const police1 = await buildAgency(t.sql, { provinceCode: P, sector: 'POLICE' });
    const police2 = await buildAgency(t.sql, { provinceCode: P, sector: 'POLICE' });
    const health = await buildAgency(t.sql, { provinceCode: P, sector: 'HEALTH' });
    const social = await buildAgency(t.sql, { provinceCode: P, sector: 'SOCIAL_WELFARE' });
    const k = () => buildCase(t.sql, { provinceCode: P, reportedOn: '2026-03-01', intakeAgencyId: police1.id });
    await k(); // x1 police only
    const x2 = await k();
    await buildService(t.sql, { caseId: x2.id, agencyId: police2.id, providedOn: '2026-03-02' }); // still police only
    const x3 = await k();
    await buildService(t.sql, { caseId: x3.id, agencyId: health.id, providedOn: '2026-03-02' }); // police + health
    const x4 = await k();
    await buildReferral(t.sql, { caseId: x4.id, fromAgencyId: police2.id, toAgencyId: health.id }); // the receiving end counts
    const x5 = await k();
    await buildReferral(t.sql, { caseId: x5.id, fromAgencyId: social.id, toAgencyId: police2.id }); // the sending end counts
    await buildCase(t.sql, { provinceCode: P, reportedOn: '2025-06-01', intakeAgencyId: health.id }); // outside F..T

    const m = await metrics(P, period);
    expect(m.multiSectorCaseRate).toBeCloseTo(3 / 5, 12); // x3 x4 x5

    // An agency that changes sector changes the cases it took part in: x2 now spans police + health.
    await t.sql.run(`update agency set sector = 'HEALTH' where id = $1`, [police2.id]);
    expect((await metrics(P, period)).multiSectorCaseRate).toBeCloseTo(4 / 5, 12);
  });

  it('has no case rates without cases', async () => {
    const m = await metrics('93', period);
    expect([m.medianDaysToFirstService, m.referralAcceptanceRate, m.multiSectorCaseRate]).toEqual([null, null, null]);
    expect(m.casesReported).toEqual({ value: 0, suppressed: false });
    expect(counts(m.casesByOutcome)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('coordination index', () => {
  it('is 100 × the mean of the rates that are not null, one decimal', async () => {
    const P = '31';
    const police = await buildAgency(t.sql, { provinceCode: P, sector: 'POLICE' });
    const health = await buildAgency(t.sql, { provinceCode: P, sector: 'HEALTH' });
    const a = await buildAgreement(t.sql, { provinceCode: P, signedOn: '2026-01-01', partyIds: [police.id, health.id] });
    await buildCommitment(t.sql, { agreementId: a.id, status: 'FULFILLED', dueOn: '2026-02-01' });
    await buildCommitment(t.sql, { agreementId: a.id, status: 'PLANNED', dueOn: '2026-02-01' });
    await buildActionItem(t.sql, { provinceCode: P, agencyId: police.id, status: 'DONE', dueOn: '2026-03-01', completedOn: '2026-02-15' });
    const period = { from: '2026-01-01', to: '2026-06-30', asOf: '2026-06-30' };

    let m = await metrics(P, period);
    // sectorCoverage 2/11, fulfilmentRate 1/2, onTimeCompletionRate 1; no cases: the case rates are null.
    expect([m.sectorCoverage, m.fulfilmentRate, m.onTimeCompletionRate, m.referralAcceptanceRate, m.multiSectorCaseRate]).toEqual([
      2 / 11, 0.5, 1, null, null,
    ]);
    // 100 × (0.181818 + 0.5 + 1) / 3 = 56.0606 → 56.1
    expect(m.coordinationIndex).toBe(56.1);

    const k = await buildCase(t.sql, { provinceCode: P, reportedOn: '2026-03-01', intakeAgencyId: police.id });
    await buildReferral(t.sql, { caseId: k.id, fromAgencyId: police.id, toAgencyId: health.id, status: 'ACCEPTED', referredOn: '2026-03-02' });
    m = await metrics(P, period);
    // Now also referralAcceptanceRate 1 and multiSectorCaseRate 1: 100 × 3.681818 / 5 = 73.636 → 73.6
    expect(m.coordinationIndex).toBe(73.6);
  });
});

describe('trend', () => {
  it('gives one point per calendar month overlapping from..to, whole months counted', async () => {
    const P = '33';
    const agency = await buildAgency(t.sql, { provinceCode: P });
    const item = (openedOn: string, dueOn: string, status: string, completedOn: string | null = null) =>
      buildActionItem(t.sql, { provinceCode: P, agencyId: agency.id, openedOn, dueOn, status, completedOn });
    await item('2026-01-01', '2026-01-20', 'OPEN'); // t1 opened Jan; overdue at the end of Jan, Feb, Mar
    await item('2026-01-31', '2026-01-31', 'DONE', '2026-02-28'); // t2 opened Jan, done Feb; due = Jan 31 is not < Jan 31; done by Feb 28
    await item('2025-12-01', '2025-12-15', 'DONE', '2026-02-01'); // t3 done Feb; overdue at the end of Jan only
    await item('2026-02-10', '2026-02-20', 'CANCELLED'); // t4 opened Feb; never overdue
    await item('2026-03-05', '2026-03-30', 'IN_PROGRESS'); // t5 opened Mar; overdue at the end of Mar
    await item('2026-03-31', '2026-03-01', 'OPEN'); // t6 opened on Mar 31 (= M1), due before: overdue at the end of Mar
    await item('2026-04-01', '2026-01-10', 'OPEN'); // t7 opened after the window: never counted in it
    await item('2026-03-01', '2026-03-15', 'DONE', '2026-03-31'); // t8 opened and done Mar; done by Mar 31: not overdue
    await item('2026-01-02', '2026-01-05', 'DONE', '2026-01-31'); // t9 opened and done Jan; done by Jan 31
    for (const reportedOn of ['2026-01-01', '2026-01-31', '2026-03-10', '2026-03-31', '2026-04-01']) {
      await buildCase(t.sql, { provinceCode: P, reportedOn, intakeAgencyId: agency.id });
    }
    const res = await t.gql(
      `query($p: String, $from: Date!, $to: Date!) { metricsTrend(provinceCode: $p, from: $from, to: $to) {
        month actionsOpened actionsDone actionsOverdueAtMonthEnd casesReported ${COUNT} } }`,
      { p: P, from: '2026-01-15', to: '2026-03-10' },
      admin,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.metricsTrend).toEqual([
      // opened t1 t2 t9; done t9; overdue t1 t3; cases Jan 1 and Jan 31
      { month: '2026-01-01', actionsOpened: 3, actionsDone: 1, actionsOverdueAtMonthEnd: 2, casesReported: { value: 2, suppressed: false } },
      // opened t4; done t2 t3; overdue t1
      { month: '2026-02-01', actionsOpened: 1, actionsDone: 2, actionsOverdueAtMonthEnd: 1, casesReported: { value: 0, suppressed: false } },
      // The month of `to` is evaluated on `to` (M1 = Mar 10), not on Mar 31: opened t5 t8 (t6 opens on Mar 31);
      // none done by Mar 10 (t8 on Mar 31); overdue at Mar 10 only t1 (t5 due Mar 30, t8 due Mar 15, t6 not yet opened);
      // cases Mar 10 (not Mar 31)
      { month: '2026-03-01', actionsOpened: 2, actionsDone: 0, actionsOverdueAtMonthEnd: 1, casesReported: { value: 1, suppressed: false } },
    ]);
  });
});

describe('trend: the month under way', () => {
  it('evaluates the month that contains `to` on `to`: items not yet due on `to` are not overdue', async () => {
    const P = '34';
    const agency = await buildAgency(t.sql, { provinceCode: P });
    const item = (openedOn: string, dueOn: string, status: string, completedOn: string | null = null) =>
      buildActionItem(t.sql, { provinceCode: P, agencyId: agency.id, openedOn, dueOn, status, completedOn });
    await item('2026-05-01', '2026-05-20', 'OPEN'); // a: due after T = May 10: not overdue on T (overdue on May 31)
    await item('2026-04-01', '2026-05-05', 'OPEN'); // b: overdue on T
    await item('2026-04-01', '2026-04-20', 'DONE', '2026-05-08'); // c: overdue on Apr 30; done May 8, before T
    await item('2026-04-01', '2026-04-20', 'DONE', '2026-05-25'); // d: overdue on Apr 30 and on T; done after T
    await item('2026-05-12', '2026-05-01', 'OPEN'); // e: opened after T: neither opened nor overdue in May up to T
    await item('2026-05-03', '2026-05-09', 'OPEN'); // f: due May 9 < T: overdue on T
    await item('2026-05-02', '2026-05-10', 'OPEN'); // g: due on T is not before T: not overdue
    await item('2026-04-01', '2026-04-02', 'CANCELLED'); // h: never overdue
    for (const reportedOn of ['2026-04-30', '2026-05-10', '2026-05-11']) {
      await buildCase(t.sql, { provinceCode: P, reportedOn, intakeAgencyId: agency.id });
    }
    const trendOf = async (from: string, to: string) => {
      const res = await t.gql(
        `query($p: String, $from: Date!, $to: Date!) { metricsTrend(provinceCode: $p, from: $from, to: $to) {
          month actionsOpened actionsDone actionsOverdueAtMonthEnd casesReported { value } } }`,
        { p: P, from, to },
        admin,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.metricsTrend;
    };
    expect(await trendOf('2026-04-01', '2026-05-10')).toEqual([
      // opened b c d h; overdue on Apr 30: c d; case Apr 30
      { month: '2026-04-01', actionsOpened: 4, actionsDone: 0, actionsOverdueAtMonthEnd: 2, casesReported: { value: 1 } },
      // up to May 10: opened a f g; done c; overdue b d f; case May 10
      { month: '2026-05-01', actionsOpened: 3, actionsDone: 1, actionsOverdueAtMonthEnd: 3, casesReported: { value: 1 } },
    ]);
    // The same month ended: opened a e f g; done c d; overdue on May 31: a b e f g; cases May 10 and 11.
    expect((await trendOf('2026-04-01', '2026-05-31'))[1]).toEqual({
      month: '2026-05-01', actionsOpened: 4, actionsDone: 2, actionsOverdueAtMonthEnd: 5, casesReported: { value: 2 },
    });
    // A period within one month: April evaluated on Apr 15: opened b c d h; none overdue yet (c, d due Apr 20, b May 5).
    expect(await trendOf('2026-04-10', '2026-04-15')).toEqual([
      { month: '2026-04-01', actionsOpened: 4, actionsDone: 0, actionsOverdueAtMonthEnd: 0, casesReported: { value: 0 } },
    ]);
  });
});

describe('provinces without data', () => {
  it('has data when any meeting, agreement, action item or case of the province exists, whatever its dates', async () => {
    const period = { from: '2026-01-01', to: '2026-06-30', asOf: '2026-06-30' };
    await buildMeeting(t.sql, { provinceCode: '61', heldOn: '2019-03-01' }); // long before the period
    await buildAgreement(t.sql, { provinceCode: '62', signedOn: null }); // a DRAFT
    const a64 = await buildAgency(t.sql, { provinceCode: '64' });
    await buildActionItem(t.sql, { provinceCode: '64', agencyId: a64.id, status: 'CANCELLED', openedOn: '2020-01-01', dueOn: '2020-02-01' });
    const a65 = await buildAgency(t.sql, { provinceCode: '65' });
    await buildCase(t.sql, { provinceCode: '65', reportedOn: '2020-05-01', intakeAgencyId: a65.id });
    await buildAgency(t.sql, { provinceCode: '71' }); // an agency alone is not data of the province

    for (const code of ['61', '62', '64', '65']) {
      const m = await metrics(code, period);
      expect([code, m.hasData]).toEqual([code, true]);
      // Nothing in the period: every component but sectorCoverage (0) is null, and the index is 0.
      expect([code, m.coordinationIndex]).toEqual([code, 0]);
    }
    const none = await metrics('71', period);
    expect(none.hasData).toBe(false);
    expect(none.sectorCoverage).toBe(0);
    expect(none.coordinationIndex).toBeNull();

    // The national list says the same of each province.
    const res = await t.gql(
      `query($from: Date, $to: Date, $asOf: Date) { nationalMetrics(from: $from, to: $to, asOf: $asOf) {
        provinces { province { code } hasData coordinationIndex } } }`,
      period,
      admin,
    );
    const rows = new Map(res.data!.nationalMetrics.provinces.map((p: any) => [p.province.code, p]));
    expect(rows.get('61')).toMatchObject({ hasData: true, coordinationIndex: 0 });
    expect(rows.get('71')).toMatchObject({ hasData: false, coordinationIndex: null });
  });
});

describe('national figures', () => {
  beforeAll(async () => {
    // A world of its own, so the national totals are small enough to count by hand.
    await resetDatabase(t.sql);
    admin = (await signIn(t, 'ADMIN')).token;
  });

  it('lists all 38 provinces by code, zeros where nothing happened, and national totals', async () => {
    const a11 = await buildAgency(t.sql, { provinceCode: '11' });
    const national = await buildAgency(t.sql, { provinceCode: null, sector: 'OVERSIGHT' });
    const overdue = { status: 'OPEN', dueOn: '2026-03-01' };
    await buildActionItem(t.sql, { provinceCode: '11', agencyId: a11.id, ...overdue });
    await buildActionItem(t.sql, { provinceCode: '11', agencyId: a11.id, ...overdue });
    await buildActionItem(t.sql, { provinceCode: '11', agencyId: a11.id, status: 'OPEN', dueOn: '2026-12-01' }); // not overdue
    await buildActionItem(t.sql, { provinceCode: '52', agencyId: national.id, ...overdue }); // national agency's item in 52
    for (let i = 0; i < 2; i++) await buildCase(t.sql, { provinceCode: '11', reportedOn: '2026-04-01', intakeAgencyId: a11.id });
    for (let i = 0; i < 5; i++) await buildCase(t.sql, { provinceCode: '52', reportedOn: '2026-04-01', intakeAgencyId: national.id });
    await buildCase(t.sql, { provinceCode: '52', reportedOn: '2025-04-01', intakeAgencyId: national.id }); // before the period

    const res = await t.gql(
      `query($asOf: Date) { nationalMetrics(asOf: $asOf) { from to asOf actionsOverdue casesReported ${COUNT}
        provinces { ${FIELDS} } } }`,
      { asOf: '2026-06-30' },
      admin,
    );
    expect(res.errors).toBeUndefined();
    const n = res.data!.nationalMetrics;
    expect([n.from, n.to, n.asOf]).toEqual(['2025-07-01', '2026-06-30', '2026-06-30']);
    expect(n.provinces).toHaveLength(38);
    const codes = n.provinces.map((p: any) => p.province.code);
    expect(codes).toEqual([...codes].sort());
    expect(codes[0]).toBe('11');
    expect(n.actionsOverdue).toBe(3); // two in 11, one in 52 (a national agency's)
    expect(n.casesReported).toEqual({ value: 7, suppressed: false }); // 2 + 5

    const p11 = n.provinces.find((p: any) => p.province.code === '11');
    expect([p11.actionsOpen, p11.actionsOverdue, p11.casesReported.value]).toEqual([3, 2, 2]);

    // A province without any record: zeros, empty lists, null rates, no data and so no index (not 0).
    const empty = n.provinces.find((p: any) => p.province.code === '96');
    expect(empty).toMatchObject({
      hasData: false,
      activeAgreements: 0, expiringAgreements: 0, coveredSectors: [], sectorCoverage: 0, crossSectorPartnerships: 0,
      meetingsHeld: 0, commitments: 0, commitmentsFulfilled: 0, commitmentsOverdue: 0, fulfilmentRate: null,
      actionsOpen: 0, actionsOverdue: 0, actionsDoneInPeriod: 0, onTimeCompletionRate: null,
      casesReported: { value: 0, suppressed: false }, medianDaysToFirstService: null, referralAcceptanceRate: null,
      multiSectorCaseRate: null, coordinationIndex: null, agencyActionStats: [],
    });
    expect(counts(empty.casesByIssueArea)).toEqual([0, 0, 0, 0, 0, 0, 0]);

    // Each province in the national list is exactly what provinceMetrics says about it.
    for (const code of ['11', '52']) {
      const own = await metrics(code, { asOf: '2026-06-30' });
      expect(n.provinces.find((p: any) => p.province.code === code)).toEqual(own);
    }
  });

  it('gives the national trend without provinceCode', async () => {
    const res = await t.gql(
      `{ metricsTrend(from: "2026-03-01", to: "2026-04-30") { month actionsOpened actionsOverdueAtMonthEnd casesReported ${COUNT} } }`,
      {},
      admin,
    );
    expect(res.data!.metricsTrend).toEqual([
      // the four items were opened on 2026-01-01 (factory default); three due 2026-03-01 are overdue at the end of March
      { month: '2026-03-01', actionsOpened: 0, actionsOverdueAtMonthEnd: 3, casesReported: { value: 0, suppressed: false } },
      { month: '2026-04-01', actionsOpened: 0, actionsOverdueAtMonthEnd: 3, casesReported: { value: 7, suppressed: false } },
    ]);
  });
});
