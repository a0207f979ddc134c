/**
 * The attacks of the privacy issue on case figures, replayed as protected viewers (OVERSIGHT, a
 * MEMBER, the COORDINATOR of another province): each must recover nothing. And the entry point
 * for exports and reports (visibleCaseFigures) gives the figures the API gives.
 * Rules: docs/metrics.md, "Disclosure control of case figures".
 */
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Context, Viewer } from '../src/common/context';
import { Role } from '../src/common/enums';
import { Sql } from '../src/common/sql';
import { visibleCaseFigures } from '../src/modules/metrics/disclosure';
import { buildAgency, buildCase, buildReferral, signIn } from './support/factories';
import { resetDatabase, startTestHub, type TestHub } from './support/harness';

let t: TestHub;
const tokens: Record<string, string> = {};
const ids: Record<string, number> = {};
const agencies: Record<string, { police: number; health: number }> = {};

const COUNT = '{ value suppressed rounded }';
const CASE_FIELDS = `caseFrom caseTo casesReported ${COUNT} casesByIssueArea { issueArea count ${COUNT} } casesByOutcome { outcome count ${COUNT} }
  medianDaysToFirstService referralAcceptanceRate multiSectorCaseRate`;

async function addCases(province: string, reportedOn: string, n: number, o: { multiSector?: number; accepted?: number } = {}) {
  const { police, health } = agencies[province];
  for (let i = 0; i < n; i++) {
    const k = await buildCase(t.sql, { provinceCode: province, reportedOn, intakeAgencyId: police, issueArea: 'DOMESTIC_VIOLENCE' });
    if (i < (o.multiSector ?? 0)) {
      const status = i < (o.accepted ?? 0) ? 'ACCEPTED' : 'DECLINED';
      await buildReferral(t.sql, { caseId: k.id, fromAgencyId: police, toAgencyId: health, status, referredOn: reportedOn });
    }
  }
}

const days = (from: string, to: string) => {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + 1)) out.push(d.toISOString().slice(0, 10));
  return out;
};
const isMonthEnd = (d: string) => {
  const next = new Date(`${d}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.getUTCDate() === 1;
};

async function gql(query: string, variables: Record<string, unknown>, viewer: string) {
  const res = await t.gql(query, variables, tokens[viewer]);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

const provinceQuery = `query($p: String!, $from: Date, $to: Date, $asOf: Date) {
  provinceMetrics(provinceCode: $p, from: $from, to: $to, asOf: $asOf) { ${CASE_FIELDS} } }`;
const nationalQuery = `query($from: Date, $to: Date, $asOf: Date) { nationalMetrics(from: $from, to: $to, asOf: $asOf) {
  caseFrom caseTo casesReported ${COUNT} provinces { province { code } ${CASE_FIELDS} } } }`;
const trendQuery = `query($p: String, $from: Date!, $to: Date!) { metricsTrend(provinceCode: $p, from: $from, to: $to) { month casesReported ${COUNT} } }`;

const PROTECTED = ['OVERSIGHT', 'MEMBER', 'COORDINATOR_52'];

beforeAll(async () => {
  t = await startTestHub();
  await resetDatabase(t.sql);
  for (const p of ['11', '31', '52', '73']) {
    agencies[p] = {
      police: (await buildAgency(t.sql, { provinceCode: p, sector: 'POLICE' })).id,
      health: (await buildAgency(t.sql, { provinceCode: p, sector: 'HEALTH' })).id,
    };
  }
  // February 2026, as found on the demo data: Sulawesi Selatan (73) has 3 cases.
  await addCases('73', '2026-02-11', 3);
  await addCases('52', '2026-02-05', 7);
  await addCases('11', '2026-02-20', 12);
  await addCases('31', '2026-02-25', 6);
  // January 2026: 73 has six cases on six different days, 3 of them referred to health (multi-sector);
  // 52 has 7 cases, 5 of them multi-sector.
  for (const [i, day] of ['03', '09', '14', '20', '25', '28'].entries()) {
    await addCases('73', `2026-01-${day}`, 1, { multiSector: i < 3 ? 1 : 0, accepted: i < 3 ? 1 : 0 });
  }
  await addCases('52', '2026-01-15', 7, { multiSector: 5, accepted: 5 });

  tokens.ADMIN = (await signIn(t, 'ADMIN')).token;
  const oversight = await signIn(t, 'OVERSIGHT');
  tokens.OVERSIGHT = oversight.token;
  ids.OVERSIGHT = oversight.user.id;
  tokens.MEMBER = (await signIn(t, 'MEMBER', { agencyId: agencies['52'].police })).token;
  tokens.COORDINATOR_52 = (await signIn(t, 'COORDINATOR', { provinceCode: '52' })).token;
}, 120_000);
afterAll(() => t?.stop());

describe('attack 1: the national total minus the provinces shown', () => {
  const FEB = { from: '2026-02-01', to: '2026-02-28' };

  /** Everything a protected viewer can read about February's case counts. */
  async function everything(viewer: string) {
    const national = (await gql(nationalQuery, FEB, viewer)).nationalMetrics;
    const trend = (await gql(trendQuery, { p: null, from: FEB.from, to: FEB.to }, viewer)).metricsTrend;
    const provinceTrends: Record<string, unknown> = {};
    const provinces: Record<string, unknown> = {};
    for (const p of ['11', '31', '52', '73']) {
      provinceTrends[p] = (await gql(trendQuery, { p, from: FEB.from, to: FEB.to }, viewer)).metricsTrend;
      provinces[p] = (await gql(provinceQuery, { p, ...FEB }, viewer)).provinceMetrics;
    }
    return { national, trend, provinceTrends, provinces };
  }

  it('leaves at least two provinces withheld, so the difference is no province count', async () => {
    for (const viewer of ['OVERSIGHT', 'MEMBER']) {
      const n = (await gql(nationalQuery, FEB, viewer)).nationalMetrics;
      const count = (p: string) => n.provinces.find((x: any) => x.province.code === p).casesReported;
      // 73 (3) is withheld; the smallest other non-zero province, 31 (6), goes with it.
      expect(count('73')).toEqual({ value: null, suppressed: true, rounded: false });
      expect(count('31')).toEqual({ value: null, suppressed: true, rounded: false });
      expect(count('52')).toEqual({ value: 5, suppressed: false, rounded: true });
      expect(count('11')).toEqual({ value: 10, suppressed: false, rounded: true });
      expect(n.casesReported).toEqual({ value: 30, suppressed: false, rounded: true }); // 28
      const shownSum = n.provinces.reduce((a: number, x: any) => a + (x.casesReported.value ?? 0), 0);
      const difference = n.casesReported.value - shownSum;
      expect(difference).toBe(15); // the two withheld together, approximately: not 73's 3
      // the national trend says the same of February, and so do the provinces' trends
      const trend = (await gql(trendQuery, { p: null, ...FEB }, viewer)).metricsTrend;
      expect(trend).toEqual([{ month: '2026-02-01', casesReported: n.casesReported }]);
      for (const p of ['11', '31', '52', '73']) {
        expect((await gql(trendQuery, { p, ...FEB }, viewer)).metricsTrend[0].casesReported).toEqual(count(p));
      }
    }
  });

  it('gives every protected viewer the same answers whether 73 had 3 or 4 cases', async () => {
    const before: Record<string, unknown> = {};
    for (const viewer of PROTECTED) before[viewer] = await everything(viewer);
    const exactBefore = (await gql(nationalQuery, FEB, 'ADMIN')).nationalMetrics.casesReported.value;
    await addCases('73', '2026-02-12', 1);
    try {
      expect((await gql(nationalQuery, FEB, 'ADMIN')).nationalMetrics.casesReported.value).toBe(exactBefore + 1);
      for (const viewer of PROTECTED) expect([viewer, await everything(viewer)]).toEqual([viewer, before[viewer]]);
    } finally {
      await t.sql.run(`delete from case_record where province_code = '73' and reported_on = '2026-02-12'`);
    }
  });
});

describe('attack 2: moving `to` (or `from`, or asOf) one day at a time over a small province', () => {
  it('answers the same for every day of a month: the days of the six cases of 73 stay unknown', async () => {
    for (const viewer of ['OVERSIGHT', 'COORDINATOR_52']) {
      const byCaseTo = new Map<string | null, string>();
      for (const to of days('2026-01-01', '2026-02-27')) {
        const m = (await gql(provinceQuery, { p: '73', from: '2025-12-01', to }, viewer)).provinceMetrics;
        // the case period ends at a month end (or there is none)
        expect(m.caseTo === null || isMonthEnd(m.caseTo)).toBe(true);
        const seen = JSON.stringify(m);
        if (byCaseTo.has(m.caseTo)) expect([to, seen]).toEqual([to, byCaseTo.get(m.caseTo)]);
        else byCaseTo.set(m.caseTo, seen);
      }
      // December (no case) until Jan 30, then December and January
      expect([...byCaseTo.keys()]).toEqual(['2025-12-31', '2026-01-31']);
      // January's six cases: shown as 5 (rounded), never 1, 2, 3 or 4
      expect(JSON.parse(byCaseTo.get('2026-01-31')!).casesReported).toEqual({ value: 5, suppressed: false, rounded: true });
    }
  });

  it('answers the same for every `from` within a month, and for every asOf within a month', async () => {
    const seen = new Set<string>();
    for (const from of days('2026-01-02', '2026-01-31')) {
      seen.add(JSON.stringify((await gql(provinceQuery, { p: '73', from, to: '2026-02-28' }, 'OVERSIGHT')).provinceMetrics));
    }
    expect(seen.size).toBe(1); // always February only
    const byAsOf = new Set<string>();
    for (const asOf of days('2026-02-01', '2026-02-28')) {
      byAsOf.add(JSON.stringify((await gql(provinceQuery, { p: '73', from: '2026-01-01', to: '2026-01-31', asOf }, 'OVERSIGHT')).provinceMetrics));
    }
    expect(byAsOf.size).toBe(1);
  });

  it('withholds the trend month cut by `to` for every day but its last', async () => {
    for (const to of days('2026-01-01', '2026-01-30')) {
      const trend = (await gql(trendQuery, { p: '73', from: '2026-01-01', to }, 'MEMBER')).metricsTrend;
      expect([to, trend]).toEqual([to, [{ month: '2026-01-01', casesReported: { value: null, suppressed: true, rounded: false } }]]);
    }
    const whole = (await gql(trendQuery, { p: '73', from: '2026-01-01', to: '2026-01-31' }, 'MEMBER')).metricsTrend;
    expect(whole).toEqual([{ month: '2026-01-01', casesReported: { value: 5, suppressed: false, rounded: true } }]);
  });
});

describe('attack 3: a rate times a count', () => {
  const JAN = { from: '2026-01-01', to: '2026-01-31' };

  it('withholds rates whose numerator, or denominator minus numerator, is from 1 to 4', async () => {
    for (const viewer of PROTECTED.filter((v) => v !== 'COORDINATOR_52')) {
      // 73: 3 of 6 cases multi-sector, 3 referrals all accepted: 0.5 × 6 would give 3
      const m73 = (await gql(provinceQuery, { p: '73', ...JAN }, viewer)).provinceMetrics;
      expect(m73.casesReported).toEqual({ value: 5, suppressed: false, rounded: true });
      expect([m73.multiSectorCaseRate, m73.referralAcceptanceRate]).toEqual([null, null]);
    }
    // 52: 5 of 7 multi-sector (7 − 5 = 2 single-sector), 5 of 5 referrals accepted; for a
    // coordinator of another province (here: of 52 reading 73, of 52 reading its own exactly)
    const m52 = (await gql(provinceQuery, { p: '52', ...JAN }, 'OVERSIGHT')).provinceMetrics;
    expect(m52.casesReported).toEqual({ value: 5, suppressed: false, rounded: true });
    expect(m52.multiSectorCaseRate).toBeNull();
    expect(m52.referralAcceptanceRate).toBe(1); // 5 of 5: 0 refused, nothing small to recover
    const own = (await gql(provinceQuery, { p: '52', ...JAN }, 'COORDINATOR_52')).provinceMetrics;
    expect([own.casesReported.value, own.multiSectorCaseRate]).toEqual([7, 5 / 7]);
  });
});

describe('one figure wherever it appears', () => {
  it('gives exports and reports (visibleCaseFigures) exactly what provinceMetrics and nationalMetrics give', async () => {
    const viewer: Viewer = {
      id: ids.OVERSIGHT, email: 'x', displayName: 'x', role: Role.OVERSIGHT, provinceCode: null,
      agencyId: null, agencyProvinceCode: null, sessionId: 'test',
    };
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
    const ctx = { sql: t.sql, today, loaders: {}, viewer } as unknown as Context;
    for (const period of [
      { from: '2026-01-01', to: '2026-02-28', asOf: '2026-06-30' },
      { from: '2025-12-15', to: '2026-02-10', asOf: '2026-02-20' },
      { from: '2026-02-01', to: '2026-02-28', asOf: today },
    ]) {
      const n = (await gql(nationalQuery, period, 'OVERSIGHT')).nationalMetrics;
      for (const p of ['11', '31', '52', '73', '94']) {
        const api = (await gql(provinceQuery, { p, ...period }, 'OVERSIGHT')).provinceMetrics;
        const row = n.provinces.find((x: any) => x.province.code === p);
        const { province: _province, ...fromNational } = row;
        expect(fromNational).toEqual(api);
        expect(JSON.parse(JSON.stringify(await visibleCaseFigures(ctx, viewer, p, period)))).toEqual(api);
      }
      const nation = await visibleCaseFigures(ctx, viewer, null, period);
      expect({ caseFrom: nation.caseFrom, caseTo: nation.caseTo, casesReported: nation.casesReported }).toEqual({
        caseFrom: n.caseFrom,
        caseTo: n.caseTo,
        casesReported: n.casesReported,
      });
    }
  });
});

describe('the whole country\'s counts of a case period: read once per request', () => {
  /** The statement part that reads the 38 provinces' case counts of a case period (periodCaseCounts). */
  const NATIONAL_COUNTS = /from metrics_month m\s+where m\.province_code = pc\.code/g;

  /** Runs one request, returning its answer, its statement count and how often the national counts were read. */
  async function traced(query: string, variables: Record<string, unknown>, viewer: string) {
    await gql(query, variables, viewer); // the first request of a token may also look the session up
    const texts: string[] = [];
    const original = Sql.prototype.query;
    const spy = vi.spyOn(Sql.prototype, 'query').mockImplementation(function (this: Sql, text: string, values?: unknown[], name?: string) {
      texts.push(text);
      return original.call(this, text, values, name);
    } as typeof original);
    try {
      const res = await t.gql(query, variables, tokens[viewer]);
      expect(res.errors).toBeUndefined();
      const reads = texts.reduce((n, text) => n + (text.match(NATIONAL_COUNTS)?.length ?? 0), 0);
      return { data: res.data!, statements: res.extensions!.sqlStatements as number, reads };
    } finally {
      spy.mockRestore();
    }
  }

  it('is shared by every field of the request that needs it, and the figures are the ones each field gives alone', async () => {
    const FEB = { from: '2026-02-01', to: '2026-02-28' };
    const many = `query($from: Date, $to: Date) {
      a: provinceMetrics(provinceCode: "73", from: $from, to: $to) { ${CASE_FIELDS} }
      b: provinceMetrics(provinceCode: "31", from: $from, to: $to) { ${CASE_FIELDS} }
      c: nationalMetrics(from: $from, to: $to) { caseFrom caseTo casesReported ${COUNT} provinces { province { code } ${CASE_FIELDS} } } }`;
    for (const viewer of ['OVERSIGHT', 'MEMBER']) {
      const together = await traced(many, FEB, viewer);
      expect(together.reads).toBe(1);
      const alone73 = await traced(provinceQuery, { p: '73', ...FEB }, viewer);
      expect(alone73.reads).toBe(1);
      expect(together.data.a).toEqual(alone73.data.provinceMetrics);
      expect(together.data.b).toEqual((await gql(provinceQuery, { p: '31', ...FEB }, viewer)).provinceMetrics);
      expect(together.data.c).toEqual((await gql(nationalQuery, FEB, viewer)).nationalMetrics);
      // nationalMetrics alone reads the 38 provinces' figures of the case period, which hold the counts.
      expect((await traced(nationalQuery, FEB, viewer)).reads).toBe(0);
    }
  });

  it('costs a province\'s figures one statement, disclosure control included', async () => {
    const every = `query($p: String!) { provinceMetrics(provinceCode: $p) { ${CASE_FIELDS} activeAgreements meetingsHeld actionsOverdue
      recommendationsIssued coordinationIndex agencyActionStats { agency { id } overdue } } }`;
    for (const viewer of ['ADMIN', 'OVERSIGHT']) {
      const { statements } = await traced(every, { p: '52' }, viewer);
      expect(statements).toBe(1);
    }
    const trend = await traced(trendQuery, { p: '52', from: '2025-01-01', to: '2026-02-28' }, 'OVERSIGHT');
    expect(trend.statements).toBe(1);
    expect(trend.reads).toBe(0);
  });
});
