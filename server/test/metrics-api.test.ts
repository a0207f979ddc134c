/**
 * The metrics queries' refusals (bad arguments, anonymous callers), who may read them, and
 * the number of SQL statements they run: a small constant, whatever the size of the data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildActionItem, buildAgreement, buildCase, buildCommitment, buildReferral, buildService, signIn } from './support/factories';
import { codes, startTestHub, type GqlResult, type TestHub } from './support/harness';

let t: TestHub;
let admin: string;
beforeAll(async () => {
  t = await startTestHub();
  admin = (await signIn(t, 'ADMIN')).token;
});
afterAll(() => t?.stop());

const COUNT = '{ value suppressed }';
const PROVINCE_FIELDS = `province { code name } from to asOf activeAgreements expiringAgreements coveredSectors sectorCoverage
  crossSectorPartnerships meetingsHeld commitments commitmentsFulfilled commitmentsOverdue fulfilmentRate
  actionsOpen actionsOverdue actionsDoneInPeriod onTimeCompletionRate casesReported ${COUNT}
  casesByIssueArea { issueArea count ${COUNT} } casesByOutcome { outcome count ${COUNT} }
  medianDaysToFirstService referralAcceptanceRate multiSectorCaseRate coordinationIndex
  agencyActionStats { agency { id name sector province { code } } open overdue doneInPeriod onTimeRate }`;
const PROVINCE = `query($p: String!, $from: Date, $to: Date, $asOf: Date) {
  provinceMetrics(provinceCode: $p, from: $from, to: $to, asOf: $asOf) { ${PROVINCE_FIELDS} } }`;
const NATIONAL = `query($from: Date, $to: Date, $asOf: Date) { nationalMetrics(from: $from, to: $to, asOf: $asOf) {
  from to asOf actionsOverdue casesReported ${COUNT} provinces { ${PROVINCE_FIELDS} } } }`;
const TREND = `query($p: String, $from: Date!, $to: Date!) { metricsTrend(provinceCode: $p, from: $from, to: $to) {
  month actionsOpened actionsDone actionsOverdueAtMonthEnd casesReported ${COUNT} } }`;

const fieldsOf = (res: GqlResult) => res.errors?.[0]?.extensions.fields as string[] | undefined;

describe('arguments', () => {
  it('refuses from after to, naming both fields', async () => {
    for (const [query, vars] of [
      [PROVINCE, { p: '52', from: '2026-03-02', to: '2026-03-01' }],
      [NATIONAL, { from: '2026-03-02', to: '2026-03-01' }],
      [TREND, { p: '52', from: '2026-03-02', to: '2026-03-01' }],
    ] as const) {
      const res = await t.gql(query, vars, admin);
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(res)).toEqual(['from', 'to']);
      expect(res.data).toBeNull();
    }
    // ...also when only one end is given and the default of the other falls before it
    const res = await t.gql(PROVINCE, { p: '52', from: '2026-07-01', asOf: '2026-06-30' }, admin);
    expect(fieldsOf(res)).toEqual(['from', 'to']);
  });

  it('refuses periods longer than 5 years and accepts exactly 5 years', async () => {
    for (const [query, vars] of [
      [PROVINCE, { p: '52' }],
      [NATIONAL, {}],
      [TREND, { p: null }],
    ] as const) {
      const tooLong = await t.gql(query, { ...vars, from: '2020-01-01', to: '2025-01-01' }, admin);
      expect(codes(tooLong)).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(tooLong)).toEqual(['from', 'to']);
      const fiveYears = await t.gql(query, { ...vars, from: '2020-01-01', to: '2024-12-31' }, admin);
      expect(fiveYears.errors).toBeUndefined();
    }
    // 61 calendar months overlap a 5-year period that starts mid-month
    const trend = await t.gql(TREND, { p: '52', from: '2020-01-15', to: '2025-01-14' }, admin);
    expect(trend.data!.metricsTrend).toHaveLength(61);
  });

  it('refuses an unknown province', async () => {
    const res = await t.gql(PROVINCE, { p: '99' }, admin);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(res)).toEqual(['provinceCode']);
    const trend = await t.gql(TREND, { p: 'JB', from: '2026-01-01', to: '2026-02-01' }, admin);
    expect(fieldsOf(trend)).toEqual(['provinceCode']);
    // every problem at once
    const both = await t.gql(PROVINCE, { p: '99', from: '2026-03-02', to: '2026-03-01' }, admin);
    expect(fieldsOf(both)).toEqual(['provinceCode', 'from', 'to']);
  });

  it('refuses dates that are not calendar dates', async () => {
    const res = await t.gql(PROVINCE, { p: '52', asOf: '2026-02-30' }, admin);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('who may read', () => {
  it('refuses anonymous callers', async () => {
    expect(codes(await t.gql(PROVINCE, { p: '52' }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await t.gql(NATIONAL, {}))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await t.gql(TREND, { from: '2026-01-01', to: '2026-02-01' }))).toEqual(['UNAUTHENTICATED']);
  });

  it.each(['ADMIN', 'COORDINATOR', 'OVERSIGHT', 'MEMBER'] as const)('lets a %s read every query', async (role) => {
    const { token } = await signIn(t, role, { provinceCode: '11' });
    for (const [query, vars] of [
      [PROVINCE, { p: '52' }],
      [NATIONAL, {}],
      [TREND, { from: '2026-01-01', to: '2026-02-01' }],
    ] as const) {
      const res = await t.gql(query, vars, token);
      expect(res.errors).toBeUndefined();
      expect(res.data).not.toBeNull();
    }
  });
});

describe('SQL statements per request', () => {
  async function statements(query: string, vars: Record<string, unknown>) {
    // The first request of a token may also look the session up; count a second one.
    await t.gql(query, vars, admin);
    const res = await t.gql(query, vars, admin);
    expect(res.errors).toBeUndefined();
    return res.extensions!.sqlStatements as number;
  }
  const measure = async () => ({
    province: await statements(PROVINCE, { p: '52', asOf: '2026-06-30' }),
    national: await statements(NATIONAL, { asOf: '2026-06-30' }),
    trend: await statements(TREND, { from: '2024-07-01', to: '2026-06-30' }),
    casesOnly: await statements(`{ provinceMetrics(provinceCode: "52", asOf: "2026-06-30") { casesReported ${COUNT} } }`, {}),
  });

  /** Adds `n` of everything in provinces 11, 52 and 73, through the factories. */
  async function grow(n: number) {
    for (let i = 0; i < n; i++) {
      const code = ['11', '52', '73'][i % 3];
      const a = await buildAgreement(t.sql, { provinceCode: code, signedOn: '2026-01-01' });
      await buildCommitment(t.sql, { agreementId: a.id, status: i % 2 ? 'FULFILLED' : 'PLANNED' });
      await buildActionItem(t.sql, { provinceCode: code, agencyId: a.partyIds[i % 2], status: ['OPEN', 'DONE', 'BLOCKED'][i % 3], completedOn: i % 3 === 1 ? '2026-02-01' : null });
      const k = await buildCase(t.sql, { provinceCode: code, intakeAgencyId: a.partyIds[0], reportedOn: '2026-02-01' });
      await buildReferral(t.sql, { caseId: k.id, fromAgencyId: a.partyIds[0], toAgencyId: a.partyIds[1], status: 'ACCEPTED' });
      await buildService(t.sql, { caseId: k.id, agencyId: a.partyIds[1] });
    }
  }

  it('is a small constant, whatever the number of provinces, agencies and records', async () => {
    await grow(3);
    const small = await measure();
    await grow(60);
    const large = await measure();
    expect(large).toEqual(small);
    // `set local jit = off` plus one statement per group of figures (agreements, meetings and
    // commitments, action items, per-agency actions, cases); agencies come with their figures.
    expect(small.province).toBeLessThanOrEqual(6);
    expect(small.national).toBeLessThanOrEqual(6);
    expect(small.trend).toBeLessThanOrEqual(2);
    // Only the statements the selected fields need run.
    expect(small.casesOnly).toBeLessThanOrEqual(2);
  });
});
