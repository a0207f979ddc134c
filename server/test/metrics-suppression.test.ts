/**
 * Disclosure control of case figures (docs/metrics.md), computed by hand and read by each kind of
 * viewer: ADMIN and the COORDINATOR of the province see exact case figures over [from, to];
 * OVERSIGHT, MEMBER and the COORDINATOR of another province (protected viewers) see the whole
 * ended months only, counts of 1 to 4 withheld, secondary suppression in the breakdowns and across
 * the provinces, the other counts rounded to multiples of 5, rates withheld on small numbers or
 * rounded to 0.05. The attacks of the privacy issue are in metrics-disclosure.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  casePeriod,
  protectedBreakdown,
  protectedCount,
  protectedRate,
  roundCount,
  trendMonthShown,
  withheldProvinces,
} from '../src/modules/metrics/suppression';
import { buildAgency, buildAgreement, buildCase, buildReferral, buildService, signIn } from './support/factories';
import { resetDatabase, startTestHub, type TestHub } from './support/harness';

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(() => t?.stop());

const COUNT = '{ value suppressed rounded }';
const CASE_FIELDS = `caseFrom caseTo casesReported ${COUNT} casesByIssueArea { issueArea count ${COUNT} } casesByOutcome { outcome count ${COUNT} }
  medianDaysToFirstService referralAcceptanceRate multiSectorCaseRate sectorCoverage coordinationIndex`;
const PERIOD = { from: '2026-01-01', to: '2026-06-30', asOf: '2026-06-30' };

/** Exact. */
const shown = (value: number) => ({ value, suppressed: false, rounded: false });
/** Rounded to a multiple of 5 for a protected viewer. */
const approx = (value: number) => ({ value, suppressed: false, rounded: true });
const hidden = { value: null, suppressed: true, rounded: false };

async function provinceMetrics(code: string, token: string) {
  const res = await t.gql(
    `query($p: String!, $from: Date, $to: Date, $asOf: Date) { provinceMetrics(provinceCode: $p, from: $from, to: $to, asOf: $asOf) { ${CASE_FIELDS} } }`,
    { p: code, ...PERIOD },
    token,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.provinceMetrics;
}

const cells = (list: { count: { value: number | null; suppressed: boolean } }[]) => list.map((c) => c.count);

describe('disclosure rules (unit)', () => {
  it('step 1: keeps the whole calendar months within from..to that ended before asOf (and before today)', () => {
    const today = '2026-12-07';
    // whole months of Jan..Jun; June ends on Jun 30, not before asOf = Jun 30: left out
    expect(casePeriod({ from: '2026-01-01', to: '2026-06-30', asOf: '2026-06-30' }, today)).toEqual({ from: '2026-01-01', to: '2026-05-31' });
    expect(casePeriod({ from: '2026-01-01', to: '2026-06-30', asOf: '2026-07-01' }, today)).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    // a period starting or ending inside a month loses that month
    expect(casePeriod({ from: '2026-01-02', to: '2026-06-29', asOf: '2026-09-01' }, today)).toEqual({ from: '2026-02-01', to: '2026-05-31' });
    expect(casePeriod({ from: '2026-02-01', to: '2026-02-28', asOf: '2026-03-01' }, today)).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    // no whole month left: null (every case figure withheld)
    expect(casePeriod({ from: '2026-02-02', to: '2026-03-30', asOf: '2026-09-01' }, today)).toBeNull();
    expect(casePeriod({ from: '2026-02-01', to: '2026-02-28', asOf: '2026-02-28' }, today)).toBeNull();
    // an asOf after today does not bring in the month under way: December 2026 has not ended
    expect(casePeriod({ from: '2026-11-01', to: '2026-12-31', asOf: '2027-06-01' }, today)).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    // the trend: only whole months within the trend that ended before today
    expect(trendMonthShown('2026-11-01', '2026-11-30', today)).toBe(true);
    expect(trendMonthShown('2026-11-01', '2026-11-29', today)).toBe(false); // the month of `to`, evaluated on Nov 29
    expect(trendMonthShown('2026-12-01', '2026-12-31', today)).toBe(false); // not ended before today
  });

  it('steps 2 and 4: withholds counts from 1 to 4, shows 0, rounds the rest to multiples of 5, halves up', () => {
    expect([0, 1, 4, 5, 7, 8, 12, 13, 17, 18].map((n) => protectedCount(n, false))).toEqual([
      shown(0), hidden, hidden, approx(5), approx(5), approx(10), approx(10), approx(15), approx(15), approx(20),
    ]);
    expect(protectedCount(40, true)).toEqual(hidden); // withheld by secondary suppression
    expect([22, 23, 100, 102, 103].map(roundCount)).toEqual([20, 25, 100, 100, 105]);
  });

  it('step 3: withholds the smallest other non-zero cell when exactly one cell is withheld, the first of equals', () => {
    // one withheld (2): the smallest other non-zero is 5, twice: the first in order goes
    expect(protectedBreakdown([0, 7, 2, 5, 5])).toEqual([shown(0), approx(5), hidden, hidden, approx(5)]);
    // two withheld: neither can be recovered from the total, nothing more is withheld
    expect(protectedBreakdown([9, 3, 1, 6])).toEqual([approx(10), hidden, hidden, approx(5)]);
    // one withheld and no other non-zero cell: nothing else to withhold
    expect(protectedBreakdown([0, 3, 0])).toEqual([shown(0), hidden, shown(0)]);
    // none withheld
    expect(protectedBreakdown([0, 5, 8])).toEqual([shown(0), approx(5), approx(10)]);
  });

  it('step 3 across provinces: the smallest other non-zero province, the lowest code of equals', () => {
    expect(withheldProvinces(new Map([['73', 3], ['52', 7], ['11', 12], ['31', 7], ['94', 0]]))).toEqual(new Set(['73', '31']));
    expect(withheldProvinces(new Map([['73', 3], ['52', 2], ['11', 12]]))).toEqual(new Set(['73', '52']));
    expect(withheldProvinces(new Map([['73', 3], ['11', 0]]))).toEqual(new Set(['73']));
    expect(withheldProvinces(new Map([['73', 30], ['11', 5]]))).toEqual(new Set());
  });

  it('step 5: withholds rates on small numbers, rounds the others to 0.05, halves up', () => {
    expect(protectedRate(3, 4)).toBeNull(); // denominator below 5
    expect(protectedRate(3, 6)).toBeNull(); // numerator 1..4
    expect(protectedRate(5, 6)).toBeNull(); // denominator - numerator 1..4
    expect(protectedRate(0, 0)).toBeNull();
    expect(protectedRate(0, 7)).toBe(0);
    expect(protectedRate(9, 9)).toBe(1);
    expect(protectedRate(9, 18)).toBe(0.5);
    expect(protectedRate(6, 11)).toBe(0.55); // 0.5454…
    expect(protectedRate(13, 40)).toBe(0.35); // 0.325: half up
    expect(protectedRate(7, 20)).toBe(0.35);
  });
});

describe('province figures, per viewer', () => {
  const viewers: Record<string, string> = {};

  beforeAll(async () => {
    // Province 52: 18 cases from 2026-01-01 to 2026-06-30.
    const police = await buildAgency(t.sql, { provinceCode: '52', sector: 'POLICE' });
    const health = await buildAgency(t.sql, { provinceCode: '52', sector: 'HEALTH' });
    const issues = [...Array(6).fill('DOMESTIC_VIOLENCE'), ...Array(2).fill('SEXUAL_VIOLENCE'), ...Array(5).fill('VIOLENCE_AGAINST_CHILDREN'), ...Array(5).fill('TRAFFICKING')];
    const outcomes = [...Array(10).fill('OPEN'), ...Array(4).fill('IN_SERVICE'), ...Array(3).fill('RESOLVED'), 'CONVICTED'];
    const cases = [];
    for (let i = 0; i < 18; i++) {
      cases.push(await buildCase(t.sql, { provinceCode: '52', reportedOn: '2026-03-01', intakeAgencyId: police.id, issueArea: issues[i], outcome: outcomes[i] }));
    }
    // 4 cases with a service (after 1, 2, 3 and 4 days), by a health agency: multi-sector.
    for (let i = 0; i < 4; i++) await buildService(t.sql, { caseId: cases[i].id, agencyId: health.id, providedOn: `2026-03-0${2 + i}` });
    // 5 referrals to the health agency (5 more multi-sector cases): 3 ACCEPTED, 1 DECLINED, 1 old PENDING.
    const statuses = ['ACCEPTED', 'ACCEPTED', 'ACCEPTED', 'DECLINED', 'PENDING'];
    for (let i = 0; i < 5; i++) {
      await buildReferral(t.sql, { caseId: cases[4 + i].id, fromAgencyId: police.id, toAgencyId: health.id, status: statuses[i], referredOn: '2026-03-02' });
    }

    // Province 53: 3 cases; one referred (accepted) to a health agency, one served the same day.
    const police53 = await buildAgency(t.sql, { provinceCode: '53', sector: 'POLICE' });
    const health53 = await buildAgency(t.sql, { provinceCode: '53', sector: 'HEALTH' });
    await buildAgreement(t.sql, { provinceCode: '53', signedOn: '2026-01-01', partyIds: [police53.id, health53.id] });
    const small = [];
    for (let i = 0; i < 3; i++) small.push(await buildCase(t.sql, { provinceCode: '53', reportedOn: '2026-04-01', intakeAgencyId: police53.id }));
    await buildReferral(t.sql, { caseId: small[0].id, fromAgencyId: police53.id, toAgencyId: health53.id, status: 'ACCEPTED', referredOn: '2026-04-02' });
    await buildService(t.sql, { caseId: small[1].id, agencyId: police53.id, providedOn: '2026-04-01' });

    viewers.ADMIN = (await signIn(t, 'ADMIN')).token;
    viewers.OVERSIGHT = (await signIn(t, 'OVERSIGHT')).token;
    viewers.MEMBER = (await signIn(t, 'MEMBER', { provinceCode: '52' })).token;
    viewers.COORDINATOR_52 = (await signIn(t, 'COORDINATOR', { provinceCode: '52' })).token;
    viewers.COORDINATOR_53 = (await signIn(t, 'COORDINATOR', { provinceCode: '53' })).token;
  });

  // Province 52 exactly: issue areas CM 0, VAW 0, DV 6, SV 2, VAC 5, TRAFFICKING 5, OTHER 0;
  // outcomes OPEN 10, IN_SERVICE 4, IN_LEGAL_PROCESS 0, RESOLVED 3, CONVICTED 1, the rest 0;
  // median of 1, 2, 3, 4 = 2.5; acceptance 3 / 5; multi-sector 9 of 18; no agreement: coverage 0;
  // index 100 × (0 + 0.6 + 0.5) / 3 = 36.7.
  const exact52 = {
    caseFrom: '2026-01-01',
    caseTo: '2026-06-30',
    casesReported: shown(18),
    issues: [shown(0), shown(0), shown(6), shown(2), shown(5), shown(5), shown(0)],
    outcomes: [shown(10), shown(4), shown(0), shown(3), shown(1), shown(0), shown(0), shown(0)],
    medianDaysToFirstService: 2.5,
    referralAcceptanceRate: 0.6,
    multiSectorCaseRate: 0.5,
    coordinationIndex: 36.7,
  };
  // Protected viewers: the case period is January to May (June does not end before asOf = Jun 30).
  // Across the provinces of that period, 53 (3) is the only one withheld, so the smallest other
  // non-zero province, 52 (18), is withheld too.
  const suppressed52 = {
    caseFrom: '2026-01-01',
    caseTo: '2026-05-31',
    casesReported: hidden,
    // SV (2) is the only withheld cell, so the smallest other non-zero cell goes too: VAC and
    // TRAFFICKING both have 5, VAC comes first in the enum; DV 6 → 5, TRAFFICKING 5 → 5
    issues: [shown(0), shown(0), approx(5), hidden, hidden, approx(5), shown(0)],
    // three cells withheld (4, 3, 1): no secondary suppression needed; OPEN 10 → 10
    outcomes: [approx(10), hidden, shown(0), hidden, hidden, shown(0), shown(0), shown(0)],
    medianDaysToFirstService: null, // rests on 4 cases with a service
    referralAcceptanceRate: null, // 3 of 5: the numerator is from 1 to 4
    multiSectorCaseRate: 0.5, // 9 of 18: shown, rounded to 0.05
    coordinationIndex: 25, // visible components: coverage 0 and 0.5
  };
  // Province 53 exactly: 3 DV cases, all OPEN; median 0 (one case served the same day);
  // acceptance 1 / 1; multi-sector 1 of 3; coverage 2 / 11; index 100 × (2/11 + 1 + 1/3) / 3 = 50.5.
  const exact53 = {
    caseFrom: '2026-01-01',
    caseTo: '2026-06-30',
    casesReported: shown(3),
    issues: [shown(0), shown(0), shown(3), shown(0), shown(0), shown(0), shown(0)],
    outcomes: [shown(3), shown(0), shown(0), shown(0), shown(0), shown(0), shown(0), shown(0)],
    medianDaysToFirstService: 0,
    referralAcceptanceRate: 1,
    multiSectorCaseRate: 1 / 3,
    coordinationIndex: 50.5,
  };
  const suppressed53 = {
    caseFrom: '2026-01-01',
    caseTo: '2026-05-31',
    casesReported: hidden,
    // the one withheld cell has no non-zero neighbour to withhold with it
    issues: [shown(0), shown(0), hidden, shown(0), shown(0), shown(0), shown(0)],
    outcomes: [hidden, shown(0), shown(0), shown(0), shown(0), shown(0), shown(0), shown(0)],
    medianDaysToFirstService: null,
    referralAcceptanceRate: null, // 1 referral
    multiSectorCaseRate: null, // 3 cases
    coordinationIndex: 18.2, // only sectorCoverage 2/11 remains visible: 18.18 → 18.2
  };

  const view = (m: any) => ({
    caseFrom: m.caseFrom,
    caseTo: m.caseTo,
    casesReported: m.casesReported,
    issues: cells(m.casesByIssueArea),
    outcomes: cells(m.casesByOutcome),
    medianDaysToFirstService: m.medianDaysToFirstService,
    referralAcceptanceRate: m.referralAcceptanceRate,
    multiSectorCaseRate: m.multiSectorCaseRate,
    coordinationIndex: m.coordinationIndex,
  });

  it.each([
    ['ADMIN', exact52, exact53],
    ['COORDINATOR_52', exact52, suppressed53],
    ['COORDINATOR_53', suppressed52, exact53],
    ['OVERSIGHT', suppressed52, suppressed53],
    ['MEMBER', suppressed52, suppressed53],
  ])('as %s', async (viewer, expected52, expected53) => {
    expect(view(await provinceMetrics('52', viewers[viewer]))).toEqual(expected52);
    expect(view(await provinceMetrics('53', viewers[viewer]))).toEqual(expected53);
  });

  it('applies the same rules to each province in nationalMetrics', async () => {
    for (const [viewer, e52, e53] of [
      ['COORDINATOR_52', exact52, suppressed53],
      ['OVERSIGHT', suppressed52, suppressed53],
    ] as const) {
      const res = await t.gql(
        `query($from: Date, $to: Date, $asOf: Date) { nationalMetrics(from: $from, to: $to, asOf: $asOf) {
          caseFrom caseTo casesReported ${COUNT} provinces { province { code } ${CASE_FIELDS} } } }`,
        PERIOD,
        viewers[viewer],
      );
      const byCode = (code: string) => res.data!.nationalMetrics.provinces.find((p: any) => p.province.code === code);
      expect(view(byCode('52'))).toEqual(e52);
      expect(view(byCode('53'))).toEqual(e53);
      // 21 cases in the country's case period (Jan..May): rounded to 20, for the coordinator too
      expect(res.data!.nationalMetrics).toMatchObject({ caseFrom: '2026-01-01', caseTo: '2026-05-31', casesReported: approx(20) });
    }
  });
});

describe('national totals and trend', () => {
  const viewers: Record<string, string> = {};

  beforeAll(async () => {
    // A country with 3 cases, all in province 52 (March 2026).
    await resetDatabase(t.sql);
    const agency = await buildAgency(t.sql, { provinceCode: '52' });
    for (let i = 0; i < 3; i++) await buildCase(t.sql, { provinceCode: '52', reportedOn: '2026-03-10', intakeAgencyId: agency.id });
    viewers.ADMIN = (await signIn(t, 'ADMIN')).token;
    viewers.OVERSIGHT = (await signIn(t, 'OVERSIGHT')).token;
    viewers.COORDINATOR_52 = (await signIn(t, 'COORDINATOR', { provinceCode: '52' })).token;
    viewers.COORDINATOR_53 = (await signIn(t, 'COORDINATOR', { provinceCode: '53' })).token;
  });

  it('suppresses the national case total for everyone but ADMIN: a coordinator is not "of" the nation', async () => {
    const q = `query($asOf: Date) { nationalMetrics(asOf: $asOf) { casesReported ${COUNT} provinces { province { code } casesReported ${COUNT} } } }`;
    const read = async (viewer: string) => {
      const n = (await t.gql(q, { asOf: '2026-06-30' }, viewers[viewer])).data!.nationalMetrics;
      return [n.casesReported, n.provinces.find((p: any) => p.province.code === '52').casesReported];
    };
    expect(await read('ADMIN')).toEqual([shown(3), shown(3)]);
    expect(await read('COORDINATOR_52')).toEqual([hidden, shown(3)]); // own province exact, the nation not
    expect(await read('OVERSIGHT')).toEqual([hidden, hidden]);
  });

  it('gives the national case period: [from, to] to ADMIN, the whole ended months to everyone else', async () => {
    const q = `query($from: Date, $to: Date, $asOf: Date) { nationalMetrics(from: $from, to: $to, asOf: $asOf) { caseFrom caseTo casesReported ${COUNT} } }`;
    const period = { from: '2026-02-15', to: '2026-04-20', asOf: '2026-06-30' };
    expect((await t.gql(q, period, viewers.ADMIN)).data!.nationalMetrics).toEqual({ caseFrom: '2026-02-15', caseTo: '2026-04-20', casesReported: shown(3) });
    expect((await t.gql(q, period, viewers.COORDINATOR_52)).data!.nationalMetrics).toEqual({ caseFrom: '2026-03-01', caseTo: '2026-03-31', casesReported: hidden });
    // no whole month: every case figure withheld, no case period
    const within = { from: '2026-03-02', to: '2026-03-31', asOf: '2026-06-30' };
    expect((await t.gql(q, within, viewers.OVERSIGHT)).data!.nationalMetrics).toEqual({ caseFrom: null, caseTo: null, casesReported: hidden });
    const p = `query($from: Date, $to: Date, $asOf: Date) { provinceMetrics(provinceCode: "52", from: $from, to: $to, asOf: $asOf) { ${CASE_FIELDS} } }`;
    const m = (await t.gql(p, within, viewers.OVERSIGHT)).data!.provinceMetrics;
    expect([m.caseFrom, m.caseTo, m.casesReported, m.medianDaysToFirstService, m.multiSectorCaseRate]).toEqual([null, null, hidden, null, null]);
    expect([...cells(m.casesByIssueArea), ...cells(m.casesByOutcome)].every((c) => c.suppressed)).toBe(true);
    // the province's coordinator still sees [from, to] exactly
    const own = (await t.gql(p, within, viewers.COORDINATOR_52)).data!.provinceMetrics;
    expect([own.caseFrom, own.caseTo, own.casesReported]).toEqual(['2026-03-02', '2026-03-31', shown(3)]);
  });

  it('suppresses trend case counts by the province rule, or the national rule without provinceCode', async () => {
    const q = `query($p: String) { metricsTrend(provinceCode: $p, from: "2026-02-01", to: "2026-03-31") { month casesReported ${COUNT} } }`;
    const march = async (viewer: string, p: string | null) =>
      (await t.gql(q, { p }, viewers[viewer])).data!.metricsTrend.map((x: any) => x.casesReported);
    expect(await march('ADMIN', null)).toEqual([shown(0), shown(3)]);
    expect(await march('COORDINATOR_52', '52')).toEqual([shown(0), shown(3)]);
    expect(await march('COORDINATOR_52', null)).toEqual([shown(0), hidden]);
    expect(await march('OVERSIGHT', '52')).toEqual([shown(0), hidden]);
  });

  it('withholds the month under way and a month cut by `to` from protected viewers in the trend', async () => {
    const q = `query($p: String, $to: Date!) { metricsTrend(provinceCode: $p, from: "2026-03-01", to: $to) { month casesReported ${COUNT} } }`;
    const read = async (viewer: string, p: string | null, to: string) =>
      (await t.gql(q, { p, to }, viewers[viewer])).data!.metricsTrend.map((x: any) => x.casesReported);
    // March evaluated on Mar 15: 3 cases (Mar 10) for the exact viewer, withheld for the others
    expect(await read('ADMIN', '52', '2026-03-15')).toEqual([shown(3)]);
    expect(await read('COORDINATOR_53', '52', '2026-03-15')).toEqual([hidden]);
    // add 6 cases in another province so the national March is shown: 9 → 10
    const agency = await buildAgency(t.sql, { provinceCode: '53' });
    for (let i = 0; i < 6; i++) await buildCase(t.sql, { provinceCode: '53', reportedOn: '2026-03-20', intakeAgencyId: agency.id });
    expect(await read('OVERSIGHT', null, '2026-03-31')).toEqual([approx(10)]);
    expect(await read('OVERSIGHT', null, '2026-03-30')).toEqual([hidden]);
    // 52 (3) is withheld, so 53 (6), the smallest other non-zero province of March, is withheld too
    expect(await read('OVERSIGHT', '53', '2026-03-31')).toEqual([hidden]);
    expect(await read('COORDINATOR_53', '53', '2026-03-31')).toEqual([shown(6)]);
    // today's month has not ended: withheld for protected viewers
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
    const month = `${today.slice(0, 7)}-01`;
    const end = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)), 0)).toISOString().slice(0, 10);
    const current = await t.gql(
      `query($from: Date!, $to: Date!) { metricsTrend(from: $from, to: $to) { month casesReported ${COUNT} } }`,
      { from: month, to: end },
      viewers.OVERSIGHT,
    );
    expect(current.data!.metricsTrend).toEqual([{ month, casesReported: hidden }]);
  });
});
