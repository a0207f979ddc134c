import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIELD_ERROR_CODES } from '../src/common/field-error';
import { MAX_LENGTH, MIN_PASSWORD_LENGTH } from '../src/common/limits';
import { buildActionItem, buildAgency, buildAgreement, buildRecommendation, signIn, type SignedIn } from './support/factories';
import { codes, startTestHub, type TestHub } from './support/harness';
import { day } from './support/api-helpers';

/**
 * Field errors carry a code per rule (`extensions.fieldErrors[field].code`), which clients
 * translate, next to the English message and `extensions.fields` (unchanged). One or more
 * representative rules of every module, each asserting its code and details.
 */
let t: TestHub;
let u: { admin: SignedIn; coord52: SignedIn; komnas: SignedIn };
let agencyA: number;
let agencyB: number;
let outsider: number;
let komnas: number;

/** Runs an operation that must be refused as bad input; returns its field errors. */
async function fieldErrorsOf(query: string, variables: Record<string, unknown>, who: SignedIn): Promise<Record<string, Record<string, unknown>>> {
  const res = await t.gql(query, variables, who.token);
  expect(codes(res), JSON.stringify(res.errors)).toEqual(['BAD_USER_INPUT']);
  const ext = res.errors![0].extensions as { fields: string[]; fieldErrors: Record<string, Record<string, unknown>> };
  expect(Object.keys(ext.fieldErrors)).toEqual(ext.fields);
  for (const e of Object.values(ext.fieldErrors)) {
    expect(FIELD_ERROR_CODES).toContain(e.code);
    expect(typeof e.message).toBe('string');
  }
  return ext.fieldErrors;
}

const x = (n: number) => 'x'.repeat(n);

beforeAll(async () => {
  t = await startTestHub();
  agencyA = (await buildAgency(t.sql, { provinceCode: '52', sector: 'POLICE' })).id;
  agencyB = (await buildAgency(t.sql, { provinceCode: '52', sector: 'HEALTH' })).id;
  outsider = (await buildAgency(t.sql, { provinceCode: '52', sector: 'EDUCATION' })).id;
  komnas = (await buildAgency(t.sql, { name: 'Komnas Perempuan', sector: 'OVERSIGHT', provinceCode: null })).id;
  u = {
    admin: await signIn(t, 'ADMIN'),
    coord52: await signIn(t, 'COORDINATOR', { provinceCode: '52' }),
    komnas: await signIn(t, 'OVERSIGHT', { agencyId: komnas }),
  };
});
afterAll(async () => {
  await t?.stop();
});

describe('agencies', () => {
  const CREATE = 'mutation($in: CreateAgencyInput!) { createAgency(input: $in) { id } }';
  it('REQUIRED, TOO_LONG (with the limit), REQUIRED for a regency agency, NOT_APPLICABLE for a national one, NOT_FOUND', async () => {
    const a = await fieldErrorsOf(CREATE, { in: { name: ' ', acronym: x(MAX_LENGTH.acronym + 1), sector: 'POLICE', level: 'REGENCY', provinceCode: '52' } }, u.admin);
    expect(a).toEqual({
      name: { code: 'REQUIRED', message: 'must not be empty' },
      acronym: { code: 'TOO_LONG', message: 'must be at most 50 characters', max: 50 },
      regencyCode: { code: 'REQUIRED', message: 'is required for a regency agency', when: 'REGENCY_AGENCY' },
    });
    const national = await fieldErrorsOf(CREATE, { in: { name: 'KemenPPPA', sector: 'POLICE', level: 'NATIONAL', provinceCode: '52' } }, u.admin);
    expect(national.provinceCode).toMatchObject({ code: 'NOT_APPLICABLE', when: 'NATIONAL_AGENCY' });
    const unknown = await fieldErrorsOf(CREATE, { in: { name: 'Dinas', sector: 'POLICE', level: 'PROVINCE', provinceCode: '99' } }, u.admin);
    expect(unknown.provinceCode).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('agreements', () => {
  const CREATE = 'mutation($in: CreateAgreementInput!) { createAgreement(input: $in) { id } }';
  it('TOO_LONG title, TOO_FEW parties (min 2), DATE_ORDER after signedOn', async () => {
    const a = await fieldErrorsOf(
      CREATE,
      {
        in: {
          title: x(MAX_LENGTH.title + 1),
          kind: 'MOU',
          issueAreas: ['CHILD_MARRIAGE'],
          provinceCode: '52',
          partyIds: [String(agencyA)],
          signedOn: '2026-03-01',
          expiresOn: '2026-02-01',
        },
      },
      u.admin,
    );
    expect(a.title).toEqual({ code: 'TOO_LONG', message: `must be at most ${MAX_LENGTH.title} characters`, max: MAX_LENGTH.title });
    expect(a.partyIds).toMatchObject({ code: 'TOO_FEW', min: 2 });
    expect(a.expiresOn).toMatchObject({ code: 'DATE_ORDER', after: 'signedOn' });
  });
});

describe('commitments', () => {
  const CREATE = 'mutation($in: CreateCommitmentInput!) { createCommitment(input: $in) { id } }';
  it("OUT_OF_RANGE (min 0) and RULE AGREEMENT_PARTY for an agency that is not one of the agreement's parties", async () => {
    const ag = await buildAgreement(t.sql, { partyIds: [agencyA, agencyB] });
    const a = await fieldErrorsOf(
      CREATE,
      { in: { agreementId: String(ag.id), agencyId: String(outsider), description: 'Layanan visum gratis', targetValue: -1 } },
      u.admin,
    );
    expect(a.targetValue).toMatchObject({ code: 'OUT_OF_RANGE', min: 0 });
    expect(a.agencyId).toMatchObject({ code: 'RULE', rule: 'AGREEMENT_PARTY' });
  });
});

describe('action items', () => {
  const CREATE = 'mutation($in: CreateActionItemInput!) { createActionItem(input: $in) { id } }';
  const UPDATE = 'mutation($id: ID!, $in: UpdateActionItemInput!) { updateActionItem(id: $id, input: $in) { id } }';
  it('DATE_ORDER after openedOn and TOO_LONG description (the shared limit)', async () => {
    const a = await fieldErrorsOf(
      CREATE,
      { in: { title: 'Sosialisasi', agencyId: String(agencyA), openedOn: day(-5), dueOn: day(-10), description: x(MAX_LENGTH.description + 1) } },
      u.admin,
    );
    expect(a.dueOn).toEqual({ code: 'DATE_ORDER', message: 'must not be before openedOn', after: 'openedOn' });
    expect(a.description).toMatchObject({ code: 'TOO_LONG', max: MAX_LENGTH.description });
  });

  it('NOT_APPLICABLE completedOn unless DONE; the note limit is the shared one', async () => {
    const item = await buildActionItem(t.sql, { agencyId: agencyA, openedOn: day(-20), dueOn: day(10) });
    const a = await fieldErrorsOf(UPDATE, { id: String(item.id), in: { version: 1, completedOn: day(-1), note: x(MAX_LENGTH.actionNote + 1) } }, u.admin);
    expect(a.completedOn).toMatchObject({ code: 'NOT_APPLICABLE', when: 'STATUS_DONE' });
    expect(a.note).toMatchObject({ code: 'TOO_LONG', max: MAX_LENGTH.actionNote });
    const future = await fieldErrorsOf(UPDATE, { id: String(item.id), in: { version: 1, status: 'DONE', completedOn: day(3) } }, u.admin);
    expect(future.completedOn).toMatchObject({ code: 'FUTURE_DATE' });
  });
});

describe('meetings and networks', () => {
  it('TOO_FEW attendees (min 1), TOO_LONG summary; DUPLICATE members', async () => {
    const m = await fieldErrorsOf(
      'mutation($in: RecordMeetingInput!) { recordMeeting(input: $in) { id } }',
      { in: { title: 'Rapat', heldOn: day(-1), provinceCode: '52', attendeeIds: [], summary: x(MAX_LENGTH.meetingSummary + 1) } },
      u.admin,
    );
    expect(m.attendeeIds).toMatchObject({ code: 'TOO_FEW', min: 1 });
    expect(m.summary).toMatchObject({ code: 'TOO_LONG', max: MAX_LENGTH.meetingSummary });
    const n = await fieldErrorsOf(
      'mutation($in: CreateNetworkInput!) { createNetwork(input: $in) { id } }',
      { in: { name: 'Jejaring', provinceCode: '52', members: [{ agencyId: String(agencyA) }, { agencyId: String(agencyA) }] } },
      u.admin,
    );
    expect(n.members).toMatchObject({ code: 'DUPLICATE' });
  });
});

describe('users', () => {
  const CREATE = 'mutation($in: CreateUserInput!) { createUser(input: $in) { id } }';
  it('INVALID email, TOO_SHORT password (min), REQUIRED province for a COORDINATOR, TAKEN email', async () => {
    const a = await fieldErrorsOf(CREATE, { in: { email: 'not-an-address', displayName: 'Rina', password: 'short', role: 'COORDINATOR' } }, u.admin);
    expect(a.email).toMatchObject({ code: 'INVALID' });
    expect(a.password).toEqual({ code: 'TOO_SHORT', message: `must be at least ${MIN_PASSWORD_LENGTH} characters`, min: MIN_PASSWORD_LENGTH });
    expect(a.provinceCode).toMatchObject({ code: 'REQUIRED', when: 'ROLE' });
    const taken = await fieldErrorsOf(
      CREATE,
      { in: { email: u.coord52.user.email, displayName: 'Rina', password: 'a-long-enough-password', role: 'COORDINATOR', provinceCode: '52' } },
      u.admin,
    );
    expect(taken.email).toMatchObject({ code: 'TAKEN' });
  });
});

describe('cases', () => {
  it('FUTURE_DATE and OTHER_PROVINCE', async () => {
    const a = await fieldErrorsOf(
      'mutation($in: RecordCaseInput!) { recordCase(input: $in) { id } }',
      {
        in: {
          intakeAgencyId: String(agencyA),
          issueArea: 'SEXUAL_VIOLENCE',
          provinceCode: '52',
          regencyCode: '61.71',
          reportedOn: day(2),
          victimAgeGroup: 'CHILD_13_17',
          victimSex: 'FEMALE',
        },
      },
      u.coord52,
    );
    expect(a.reportedOn).toMatchObject({ code: 'FUTURE_DATE' });
    expect(a.regencyCode).toMatchObject({ code: 'OTHER_PROVINCE' });
  });
});

describe('recommendations', () => {
  it('FUTURE_DATE, DATE_ORDER after issuedOn, REQUIRED note for a partial answer', async () => {
    const a = await fieldErrorsOf(
      'mutation($in: IssueRecommendationInput!) { issueRecommendation(input: $in) { id } }',
      { in: { title: 'Kebijakan', text: 'Teks', issuerId: String(komnas), issuedOn: day(3), responseDueOn: day(1), provinceCode: '52', issueAreas: ['TRAFFICKING'] } },
      u.komnas,
    );
    expect(a.issuedOn).toMatchObject({ code: 'FUTURE_DATE' });
    expect(a.responseDueOn).toMatchObject({ code: 'DATE_ORDER', after: 'issuedOn' });
    const r = await buildRecommendation(t.sql, { issuerId: komnas, issuedOn: day(-30) });
    const b = await fieldErrorsOf(
      'mutation($id: ID!, $in: RespondToRecommendationInput!) { respondToRecommendation(id: $id, input: $in) { id } }',
      { id: String(r.id), in: { response: 'NOTED' } },
      u.admin,
    );
    expect(b.note).toMatchObject({ code: 'REQUIRED', when: 'PARTIAL_RESPONSE' });
  });
});

describe('metrics, lists and every argument', () => {
  it('DATE_ORDER from..to both ways, PERIOD_TOO_LONG', async () => {
    const q = 'query($from: Date, $to: Date) { nationalMetrics(from: $from, to: $to) { __typename } }';
    const a = await fieldErrorsOf(q, { from: '2026-05-01', to: '2026-04-01' }, u.admin);
    expect(a).toMatchObject({ from: { code: 'DATE_ORDER', before: 'to' }, to: { code: 'DATE_ORDER', after: 'from' } });
    const b = await fieldErrorsOf(q, { from: '2019-01-01', to: '2026-04-01' }, u.admin);
    expect(b.from).toMatchObject({ code: 'PERIOD_TOO_LONG', max: 5 });
  });

  it('OUT_OF_RANGE page size (1..100), INVALID cursor, BAD_CHARACTERS text', async () => {
    expect((await fieldErrorsOf('{ agencies(first: 0) { totalCount } }', {}, u.admin)).first).toEqual({
      code: 'OUT_OF_RANGE',
      message: 'must be between 1 and 100',
      min: 1,
      max: 100,
    });
    expect((await fieldErrorsOf('{ agencies(after: "nonsense") { totalCount } }', {}, u.admin)).after).toMatchObject({ code: 'INVALID' });
    const bad = await fieldErrorsOf('query($s: String) { agencies(filter: { search: $s }) { totalCount } }', { s: 'a\u0000b' }, u.admin);
    expect(bad.search).toMatchObject({ code: 'BAD_CHARACTERS' });
  });
});
