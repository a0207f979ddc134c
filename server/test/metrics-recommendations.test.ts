import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildActionItem, buildAgency, buildRecommendation, signIn } from './support/factories';
import { startTestHub, type TestHub } from './support/harness';
import { ok } from './support/api-helpers';

/**
 * The four recommendation metrics (recommendations.md "Province metrics") on a world small
 * enough to count by hand. Province 52, period 2026-01-01..2026-06-30, as of 2026-07-15.
 *
 *  R1  issued 02-01, due 03-01, ACCEPTED 02-20, items DONE+DONE   in R; answered on time; IMPLEMENTED
 *  R2  issued 03-01, due 04-01, NOTED 05-01                       in R; answered late
 *  R3  issued 04-01, due 05-01, not answered                      in R; awaiting; due before A, so assessable, not on time
 *  R4  issued 06-01, due 08-01, not answered                      in R; awaiting; not assessable (due after A)
 *  R5  issued 05-01, no due, ACCEPTED 07-20 (after A), item DONE  in R; awaiting as of A; not assessable; IMPLEMENTED now
 *  R6  issued 2025-12-01, not answered                            not in R; awaiting
 *  R7  issued 07-20 (after A), not answered                       not in R; not awaiting (issued after A)
 *  R8  issued 03-15, no due, PARTIALLY_ACCEPTED 03-20, items DONE+CANCELLED   in R; on time; IMPLEMENTED
 *  R9  issued 05-10, due 05-20, ACCEPTED 05-20, item CANCELLED only   in R; on time (on the due day); ACCEPTED
 *  plus one to 61 (issued 02-01, not answered, no due) and one national.
 *
 * 52: issued 7 (R1 R2 R3 R4 R5 R8 R9); awaiting 4 (R3 R4 R5 R6); response rate: assessable R1 R2 R3
 * R8 R9, on time R1 R8 R9 = 3/5 = 0.6; implemented 3 (R1 R5 R8).
 * 61: issued 1, awaiting 1, rate null (nothing assessable), implemented 0. 11: nothing at all.
 */
let t: TestHub;
const PERIOD = { from: '2026-01-01', to: '2026-06-30', asOf: '2026-07-15' };
const FIELDS = 'recommendationsIssued recommendationsAwaitingResponse recommendationResponseRate recommendationsImplemented';
const EXPECTED: Record<string, Record<string, number | null>> = {
  '52': { recommendationsIssued: 7, recommendationsAwaitingResponse: 4, recommendationResponseRate: 0.6, recommendationsImplemented: 3 },
  '61': { recommendationsIssued: 1, recommendationsAwaitingResponse: 1, recommendationResponseRate: null, recommendationsImplemented: 0 },
  '11': { recommendationsIssued: 0, recommendationsAwaitingResponse: 0, recommendationResponseRate: null, recommendationsImplemented: 0 },
};
let tokens: Record<string, string>;

beforeAll(async () => {
  t = await startTestHub();
  const issuerId = (await buildAgency(t.sql, { sector: 'OVERSIGHT', provinceCode: null })).id;
  const rec = (o: Parameters<typeof buildRecommendation>[1]) => buildRecommendation(t.sql, { issuerId, ...o });
  const items = async (recommendationId: number, statuses: string[]) => {
    for (const status of statuses) {
      await buildActionItem(t.sql, { recommendationId, status, openedOn: '2026-02-01', dueOn: '2026-09-30', completedOn: status === 'DONE' ? '2026-06-01' : null });
    }
  };
  const r1 = await rec({ issuedOn: '2026-02-01', responseDueOn: '2026-03-01', response: 'ACCEPTED', respondedOn: '2026-02-20' });
  await items(r1.id, ['DONE', 'DONE']);
  await rec({ issuedOn: '2026-03-01', responseDueOn: '2026-04-01', response: 'NOTED', respondedOn: '2026-05-01' });
  await rec({ issuedOn: '2026-04-01', responseDueOn: '2026-05-01' });
  await rec({ issuedOn: '2026-06-01', responseDueOn: '2026-08-01' });
  const r5 = await rec({ issuedOn: '2026-05-01', response: 'ACCEPTED', respondedOn: '2026-07-20' });
  await items(r5.id, ['DONE']);
  await rec({ issuedOn: '2025-12-01' });
  await rec({ issuedOn: '2026-07-20' });
  const r8 = await rec({ issuedOn: '2026-03-15', response: 'PARTIALLY_ACCEPTED', respondedOn: '2026-03-20' });
  await items(r8.id, ['DONE', 'CANCELLED']);
  const r9 = await rec({ issuedOn: '2026-05-10', responseDueOn: '2026-05-20', response: 'ACCEPTED', respondedOn: '2026-05-20' });
  await items(r9.id, ['CANCELLED']);
  await rec({ issuedOn: '2026-02-01', provinceCode: '61' });
  await rec({ issuedOn: '2026-02-01', provinceCode: null });
  tokens = {
    admin: (await signIn(t, 'ADMIN')).token,
    oversight: (await signIn(t, 'OVERSIGHT')).token,
    coordinator61: (await signIn(t, 'COORDINATOR', { provinceCode: '61' })).token,
  };
});
afterAll(() => t?.stop());

describe('recommendation metrics (hand-computed fixtures)', () => {
  for (const code of Object.keys(EXPECTED)) {
    it(`provinceMetrics of ${code}`, async () => {
      const d = await ok(t, `query($p: String!, $from: Date, $to: Date, $asOf: Date) { provinceMetrics(provinceCode: $p, from: $from, to: $to, asOf: $asOf) { ${FIELDS} } }`, { p: code, ...PERIOD }, tokens.admin);
      expect(d.provinceMetrics).toEqual(EXPECTED[code]);
    });
  }

  it('every row of nationalMetrics carries them, the same as provinceMetrics', async () => {
    const d = await ok(t, `query($from: Date, $to: Date, $asOf: Date) { nationalMetrics(from: $from, to: $to, asOf: $asOf) { provinces { province { code } ${FIELDS} } } }`, PERIOD, tokens.admin);
    const rows = d.nationalMetrics.provinces as ({ province: { code: string } } & Record<string, unknown>)[];
    expect(rows).toHaveLength(38);
    for (const row of rows) {
      const { province, ...figures } = row;
      expect(figures, province.code).toEqual(EXPECTED[province.code] ?? EXPECTED['11']);
    }
  });

  it('are not case figures: OVERSIGHT and a coordinator of another province see the small counts exactly', async () => {
    for (const token of [tokens.oversight, tokens.coordinator61]) {
      const d = await ok(t, `query($from: Date, $to: Date, $asOf: Date) { provinceMetrics(provinceCode: "52", from: $from, to: $to, asOf: $asOf) { ${FIELDS} } }`, PERIOD, token);
      expect(d.provinceMetrics).toEqual(EXPECTED['52']);
    }
  });

  it('as of an earlier day: answers given after it count as not given', async () => {
    // As of 2026-02-19, R1 (answered 02-20) is still awaiting; nothing is assessable (R1 due 03-01).
    const d = await ok(t, `query { provinceMetrics(provinceCode: "52", from: "2026-01-01", to: "2026-06-30", asOf: "2026-02-19") { ${FIELDS} } }`, {}, tokens.admin);
    expect(d.provinceMetrics).toMatchObject({ recommendationsAwaitingResponse: 2, recommendationResponseRate: null });
  });
  it('do not enter the coordination index (last: it changes the answers)', async () => {
    const q = `query($from: Date, $to: Date, $asOf: Date) { provinceMetrics(provinceCode: "52", from: $from, to: $to, asOf: $asOf) { coordinationIndex } }`;
    const before = (await ok(t, q, PERIOD, tokens.admin)).provinceMetrics.coordinationIndex;
    await t.sql.run(`update recommendation set response = 'ACCEPTED', responded_on = issued_on where response is null`);
    expect((await ok(t, q, PERIOD, tokens.admin)).provinceMetrics.coordinationIndex).toBe(before);
  });

});
