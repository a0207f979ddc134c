import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildActionItem, buildAgency, buildAgreement, buildCase, buildCommitment, buildMeeting, buildNetwork, buildReferral, buildService, signIn,
} from './support/factories';
import { startTestHub, type TestHub } from './support/harness';
import { signInCast, type Cast } from './support/api-helpers';

/**
 * A list query with nested relations must run a fixed number of SQL statements, whatever
 * the page size: every relation is loaded in one batch per level (DataLoader), never once
 * per row. The server reports the statements of each request in `extensions.sqlStatements`.
 */
let t: TestHub;
let u: Cast;
const ROWS = 50;

beforeAll(async () => {
  t = await startTestHub();
  u = await signInCast(t);
  const agencies: number[] = [];
  for (let i = 0; i < 12; i++) {
    agencies.push((await buildAgency(t.sql, { name: `Agency ${i}`, sector: i % 2 ? 'POLICE' : 'HEALTH', provinceCode: i === 11 ? null : '52' })).id);
  }
  const network = (await buildNetwork(t.sql, { memberIds: agencies.slice(0, 4) })).id;
  for (let i = 0; i < ROWS; i++) {
    const parties = [agencies[i % 12], agencies[(i + 1) % 12], agencies[(i + 5) % 12]];
    const meeting = (await buildMeeting(t.sql, { networkId: network, heldOn: `2026-01-${String(1 + (i % 28)).padStart(2, '0')}`, attendeeIds: parties })).id;
    const agreement = (await buildAgreement(t.sql, { partyIds: parties, meetingId: meeting, networkId: network })).id;
    const commitment = (await buildCommitment(t.sql, { agreementId: agreement, agencyId: parties[1] })).id;
    await buildCommitment(t.sql, { agreementId: agreement, agencyId: parties[2], dueOn: null });
    await buildActionItem(t.sql, { agencyId: parties[1], commitmentId: commitment, meetingId: meeting, dueOn: `2026-0${1 + (i % 6)}-15` });
    await buildActionItem(t.sql, { agencyId: parties[2], commitmentId: commitment, dueOn: `2026-0${1 + (i % 6)}-20` });
    // Intake agencies apart from the referral and service agencies, so that the nested
    // agencies are never all already cached by the first level, at any page size.
    const c = await buildCase(t.sql, { intakeAgencyId: agencies[i % 2], reportedOn: `2026-02-${String(1 + (i % 28)).padStart(2, '0')}` });
    await buildReferral(t.sql, { caseId: c.id, fromAgencyId: agencies[i % 2], toAgencyId: agencies[2 + (i % 5)] });
    await buildReferral(t.sql, { caseId: c.id, fromAgencyId: agencies[2 + (i % 5)], toAgencyId: agencies[7 + (i % 4)], status: 'ACCEPTED' });
    await buildService(t.sql, { caseId: c.id, agencyId: agencies[2 + (i % 5)] });
    await buildService(t.sql, { caseId: c.id, agencyId: agencies[7 + (i % 4)], type: 'MEDICAL' });
  }
  for (const item of await t.sql.all<{ id: number }>('select id from action_item')) {
    await t.sql.run(`insert into action_update (action_item_id, author_id, note, created_at) values ($1, $2, 'catatan', now())`, [item.id, u.coord.user.id]);
  }
});
afterAll(() => t?.stop());

/** Runs the query at each page size and returns the statement counts, checking each page is full. */
async function statementsPerPageSize(field: string, query: string, sizes: number[], token = u.admin.token) {
  await t.gql(query, { first: 1 }, token); // the session lookup is cached after the first request
  const counts: number[] = [];
  for (const first of sizes) {
    const res = await t.gql(query, { first }, token);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(res.data![field].nodes).toHaveLength(first);
    expect(res.extensions?.sqlStatements).toEqual(expect.any(Number));
    counts.push(res.extensions!.sqlStatements!);
  }
  return counts;
}

describe('no N+1: nested lists run the same number of statements at every page size', () => {
  it('actionItems with agency, commitment, its agreement and parties, meeting and history', async () => {
    const q = `query($first: Int) { actionItems(first: $first) { totalCount nodes {
      id isOverdue agency { id name } meeting { id title } updates { note author { id } }
      commitment { id agency { name } agreement { id status parties { id name sector } } } } } }`;
    const [small, large] = await statementsPerPageSize('actionItems', q, [5, 50]);
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(12);
  });

  it('agreements with parties, network, meeting, commitments and their action items', async () => {
    const q = `query($first: Int) { agreements(first: $first) { nodes {
      id status parties { id name } network { id members { agency { id } } } meeting { id attendees { id } }
      commitments { id isOverdue agency { id } actionItems { id agency { id } } } } } }`;
    const [small, large] = await statementsPerPageSize('agreements', q, [5, 50]);
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(12);
  });

  it('cases with intake agency, referrals (both agencies), services and their agencies', async () => {
    const q = `query($first: Int) { cases(first: $first) { totalCount nodes {
      id code firstServiceOn intakeAgency { id name } referrals { id status fromAgency { id name } toAgency { id name } }
      services { id type agency { id name } } } } }`;
    const [small, large] = await statementsPerPageSize('cases', q, [5, 50]);
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(10);
  });

  it('meetings with network, attendees, action items and agreements', async () => {
    const q = `query($first: Int) { meetings(first: $first) { totalCount nodes {
      id network { id name } attendees { id name } actionItems { id agency { name } } agreements { id parties { id } } } } }`;
    const [small, large] = await statementsPerPageSize('meetings', q, [5, 50]);
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(10);
  });

  it('commitments with agreement, agency and action items; agencies with networks', async () => {
    const c = `query($first: Int) { commitments(first: $first) { nodes { id agency { name } agreement { id parties { id } } actionItems { id } } } }`;
    const [cs, cl] = await statementsPerPageSize('commitments', c, [5, 50]);
    expect(cl).toBe(cs);
    const a = `query($first: Int) { agencies(first: $first) { nodes { id networks { id members { agency { id } } } } } }`;
    const [as, al] = await statementsPerPageSize('agencies', a, [2, 12]);
    expect(al).toBe(as);
  });

  it('holds for a member, whose scope adds conditions to the nested lists too', async () => {
    const member = (await t.sql.one<{ id: number }>(`select id from agency where name = 'Agency 1'`)).id;
    const who = await signIn(t, 'MEMBER', { agencyId: member });
    const q = `query($first: Int) { meetings(first: $first) { nodes { id attendees { id } actionItems { id commitment { id } } agreements { id } } } }`;
    const [small, large] = await statementsPerPageSize('meetings', q, [5, 50], who.token);
    expect(large).toBe(small);
  });
});
