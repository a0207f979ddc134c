/**
 * Small-number suppression (docs/metrics.md), computed by hand and read by each kind of viewer:
 * ADMIN and the COORDINATOR of the province see exact case figures; OVERSIGHT, MEMBER and the
 * COORDINATOR of another province see counts of 1 to 4 withheld, secondary suppression in the
 * breakdowns, and no case rate resting on fewer than 5 cases (or referrals).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suppressBreakdown, suppressCount, suppressRate } from '../src/modules/metrics/suppression';
import { buildAgency, buildAgreement, buildCase, buildReferral, buildService, signIn } from './support/factories';
import { resetDatabase, startTestHub, type TestHub } from './support/harness';

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(() => t?.stop());

const COUNT = '{ value suppressed }';
const CASE_FIELDS = `casesReported ${COUNT} casesByIssueArea { issueArea count ${COUNT} } casesByOutcome { outcome count ${COUNT} }
  medianDaysToFirstService referralAcceptanceRate multiSectorCaseRate sectorCoverage coordinationIndex`;
const PERIOD = { from: '2026-01-01', to: '2026-06-30', asOf: '2026-06-30' };

const shown = (value: number) => ({ value, suppressed: false });
const hidden = { value: null, suppressed: true };

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

describe('suppression rules (unit)', () => {
  it('withholds counts from 1 to 4, shows 0 and 5 or more', () => {
    expect([0, 1, 4, 5, 12].map((n) => suppressCount(n, false))).toEqual([shown(0), hidden, hidden, shown(5), shown(12)]);
    expect([1, 4].map((n) => suppressCount(n, true))).toEqual([shown(1), shown(4)]);
  });

  it('withholds the smallest other non-zero cell when exactly one cell is withheld, the first of equals', () => {
    // one withheld (2): the smallest other non-zero is 5, twice: the first in order goes
    expect(suppressBreakdown([0, 7, 2, 5, 5], false)).toEqual([shown(0), shown(7), hidden, hidden, shown(5)]);
    // two withheld: neither can be recovered from the total, nothing more is withheld
    expect(suppressBreakdown([9, 3, 1, 6], false)).toEqual([shown(9), hidden, hidden, shown(6)]);
    // one withheld and no other non-zero cell: nothing else to withhold
    expect(suppressBreakdown([0, 3, 0], false)).toEqual([shown(0), hidden, shown(0)]);
    // none withheld
    expect(suppressBreakdown([0, 5, 8], false)).toEqual([shown(0), shown(5), shown(8)]);
    // exact viewers see everything
    expect(suppressBreakdown([0, 7, 2, 5], true)).toEqual([shown(0), shown(7), shown(2), shown(5)]);
  });

  it('drops rates resting on fewer than 5 cases, and rates with nothing to measure', () => {
    expect(suppressRate(3, 4, false)).toBeNull();
    expect(suppressRate(3, 5, false)).toBe(0.6);
    expect(suppressRate(3, 4, true)).toBe(0.75);
    expect(suppressRate(0, 0, true)).toBeNull();
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
    casesReported: shown(18),
    issues: [shown(0), shown(0), shown(6), shown(2), shown(5), shown(5), shown(0)],
    outcomes: [shown(10), shown(4), shown(0), shown(3), shown(1), shown(0), shown(0), shown(0)],
    medianDaysToFirstService: 2.5,
    referralAcceptanceRate: 0.6,
    multiSectorCaseRate: 0.5,
    coordinationIndex: 36.7,
  };
  const suppressed52 = {
    casesReported: shown(18), // 18 is shown to everybody
    // SV (2) is the only withheld cell, so the smallest other non-zero cell goes too: VAC and
    // TRAFFICKING both have 5, VAC comes first in the enum.
    issues: [shown(0), shown(0), shown(6), hidden, hidden, shown(5), shown(0)],
    // three cells withheld (4, 3, 1): no secondary suppression needed
    outcomes: [shown(10), hidden, shown(0), hidden, hidden, shown(0), shown(0), shown(0)],
    medianDaysToFirstService: null, // rests on 4 cases with a service
    referralAcceptanceRate: 0.6, // rests on exactly 5 referrals: shown
    multiSectorCaseRate: 0.5, // rests on 18 cases
    coordinationIndex: 36.7, // same visible components
  };
  // Province 53 exactly: 3 DV cases, all OPEN; median 0 (one case served the same day);
  // acceptance 1 / 1; multi-sector 1 of 3; coverage 2 / 11; index 100 × (2/11 + 1 + 1/3) / 3 = 50.5.
  const exact53 = {
    casesReported: shown(3),
    issues: [shown(0), shown(0), shown(3), shown(0), shown(0), shown(0), shown(0)],
    outcomes: [shown(3), shown(0), shown(0), shown(0), shown(0), shown(0), shown(0), shown(0)],
    medianDaysToFirstService: 0,
    referralAcceptanceRate: 1,
    multiSectorCaseRate: 1 / 3,
    coordinationIndex: 50.5,
  };
  const suppressed53 = {
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
          casesReported ${COUNT} provinces { province { code } ${CASE_FIELDS} } } }`,
        PERIOD,
        viewers[viewer],
      );
      const byCode = (code: string) => res.data!.nationalMetrics.provinces.find((p: any) => p.province.code === code);
      expect(view(byCode('52'))).toEqual(e52);
      expect(view(byCode('53'))).toEqual(e53);
      // 21 cases in the country: shown
      expect(res.data!.nationalMetrics.casesReported).toEqual(shown(21));
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

  it('suppresses trend case counts by the province rule, or the national rule without provinceCode', async () => {
    const q = `query($p: String) { metricsTrend(provinceCode: $p, from: "2026-02-01", to: "2026-03-31") { month casesReported ${COUNT} } }`;
    const march = async (viewer: string, p: string | null) =>
      (await t.gql(q, { p }, viewers[viewer])).data!.metricsTrend.map((x: any) => x.casesReported);
    expect(await march('ADMIN', null)).toEqual([shown(0), shown(3)]);
    expect(await march('COORDINATOR_52', '52')).toEqual([shown(0), shown(3)]);
    expect(await march('COORDINATOR_52', null)).toEqual([shown(0), hidden]);
    expect(await march('OVERSIGHT', '52')).toEqual([shown(0), hidden]);
  });
});
