import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildActionItem,
  buildAgency,
  buildAgreement,
  buildCase,
  buildCommitment,
  buildMeeting,
  buildNetwork,
  buildReferral,
  buildService,
  signIn,
  type SignedIn,
} from './support/factories';
import { codes, startTestHub, type GqlResult, type TestHub } from './support/harness';
import { buildAccessWorld, P, Q, type AccessWorld } from './support/access-world';

/**
 * What each caller reads: a world spanning provinces 52 and 51 and national records, with
 * agencies taking part across the border. The expected sets below are written out by hand
 * per caller; lists must return exactly them (with a matching totalCount), single reads
 * must agree with them (FORBIDDEN outside, NOT_FOUND for ids that do not exist), filters
 * may only narrow them, and nested lists and references may not leak past them.
 */
let t: TestHub;
let w: AccessWorld;

type Reader = 'admin' | 'coordinator' | 'otherCoordinator' | 'oversight' | 'member' | 'otherMember' | 'memberD' | 'memberN';
const READERS: Reader[] = ['admin', 'coordinator', 'otherCoordinator', 'oversight', 'member', 'otherMember', 'memberD', 'memberN'];
let users: Record<Reader, SignedIn>;
const token = (r: Reader) => users[r].token;

type AgencyKey = 'A' | 'B' | 'C' | 'D' | 'E' | 'N';

// The world, as data: agencies A, B, C of 52; D, E of 51; N national.
const NETWORKS = { net52: P, net51: Q, netNat: null } as const;
const MEETINGS: Record<string, { province: string | null; attendees: AgencyKey[] }> = {
  m52: { province: P, attendees: ['A', 'C'] },
  m51: { province: Q, attendees: ['D', 'A'] },
  m51b: { province: Q, attendees: ['D', 'E'] },
  mNat: { province: null, attendees: ['N', 'B'] },
};
const AGREEMENTS: Record<string, { province: string | null; parties: AgencyKey[]; meeting?: string }> = {
  ag52: { province: P, parties: ['A', 'C'], meeting: 'm52' },
  ag51x: { province: Q, parties: ['D', 'A'], meeting: 'm51b' },
  ag51: { province: Q, parties: ['D', 'E'] },
  agNat: { province: null, parties: ['N', 'B'], meeting: 'mNat' },
  ag52n: { province: P, parties: ['A', 'C'], meeting: 'mNat' },
};
const COMMITMENTS: Record<string, { agreement: string; agency: AgencyKey }> = {
  c52: { agreement: 'ag52', agency: 'A' },
  c52c: { agreement: 'ag52', agency: 'C' },
  c51x: { agreement: 'ag51x', agency: 'D' },
  c51xA: { agreement: 'ag51x', agency: 'A' },
  c51: { agreement: 'ag51', agency: 'E' },
  cNat: { agreement: 'agNat', agency: 'B' },
};
const ITEMS: Record<string, { province: string; agency: AgencyKey; commitment?: string; meeting?: string }> = {
  i52A: { province: P, agency: 'A', commitment: 'c52', meeting: 'm52' },
  i52C: { province: P, agency: 'C' },
  i51A: { province: Q, agency: 'A', meeting: 'm51b' },
  i51D: { province: Q, agency: 'D', commitment: 'c51x', meeting: 'm51' },
  i52B: { province: P, agency: 'B', commitment: 'cNat' },
};
const CASES: Record<string, { province: string; intake: AgencyKey; referral?: [AgencyKey, AgencyKey]; service?: AgencyKey }> = {
  k52A: { province: P, intake: 'A' },
  k52C: { province: P, intake: 'C', referral: ['C', 'A'] },
  k52B: { province: P, intake: 'B', service: 'A' },
  k52C2: { province: P, intake: 'C' },
  k51D: { province: Q, intake: 'D', referral: ['D', 'A'] },
  k51E: { province: Q, intake: 'E' },
};
const AUDIT: Record<string, { entityType: string; province: string | null }> = {
  eAg52: { entityType: 'Agreement', province: P },
  eAg51: { entityType: 'Agreement', province: Q },
  eAgNat: { entityType: 'Agreement', province: null },
  eCase52: { entityType: 'Case', province: P },
  eRef51: { entityType: 'Referral', province: Q },
  eSvc52: { entityType: 'ServiceRecord', province: P },
  eUser: { entityType: 'User', province: null },
};

const ALL = <T extends object>(o: T) => Object.keys(o);

/** The read scope of each caller, by hand. */
const SCOPE: Record<'meetings' | 'agreements' | 'commitments' | 'actionItems', Record<Reader, string[]>> = {
  meetings: {
    admin: ALL(MEETINGS),
    oversight: ALL(MEETINGS),
    coordinator: ['m52'],
    otherCoordinator: ['m51', 'm51b'],
    member: ['m52', 'm51'],
    otherMember: ['m52', 'mNat'],
    memberD: ['m51', 'm51b'],
    memberN: ['mNat'],
  },
  agreements: {
    admin: ALL(AGREEMENTS),
    oversight: ALL(AGREEMENTS),
    coordinator: ['ag52', 'ag52n'],
    otherCoordinator: ['ag51x', 'ag51'],
    member: ['ag52', 'ag52n', 'ag51x'],
    otherMember: ['ag52', 'ag52n', 'agNat'],
    memberD: ['ag51x', 'ag51'],
    memberN: ['agNat'],
  },
  commitments: {
    admin: ALL(COMMITMENTS),
    oversight: ALL(COMMITMENTS),
    coordinator: ['c52', 'c52c'],
    otherCoordinator: ['c51x', 'c51xA', 'c51'],
    member: ['c52', 'c52c', 'c51x', 'c51xA'],
    otherMember: ['c52', 'c52c', 'cNat'],
    memberD: ['c51x', 'c51xA', 'c51'],
    memberN: ['cNat'],
  },
  actionItems: {
    admin: ALL(ITEMS),
    oversight: ALL(ITEMS),
    coordinator: ['i52A', 'i52C', 'i52B'],
    otherCoordinator: ['i51A', 'i51D'],
    member: ['i52A', 'i52C', 'i52B', 'i51A'],
    otherMember: ['i52A', 'i52C', 'i52B'],
    memberD: ['i51A', 'i51D'],
    memberN: [],
  },
};
/** null: refused with FORBIDDEN. */
const CASE_SCOPE: Record<Reader, string[] | null> = {
  admin: ALL(CASES),
  oversight: null,
  coordinator: ['k52A', 'k52C', 'k52B', 'k52C2'],
  otherCoordinator: ['k51D', 'k51E'],
  member: ['k52A', 'k52C', 'k52B', 'k51D'],
  otherMember: ['k52B'],
  memberD: ['k51D'],
  memberN: [],
};
const AUDIT_SCOPE: Record<Reader, string[] | null> = {
  admin: ALL(AUDIT),
  // Oversight reads the trail, but never individual case records: not through it either.
  oversight: ['eAg52', 'eAg51', 'eAgNat', 'eUser'],
  coordinator: ['eAg52', 'eCase52', 'eSvc52'],
  otherCoordinator: ['eAg51', 'eRef51'],
  member: null,
  otherMember: null,
  memberD: null,
  memberN: null,
};

/** label → database id, per kind. */
const id: Record<string, number> = {};
const agencyId = (k: AgencyKey) => id[`agency:${k}`];
const referralOf: Record<string, number> = {};
const serviceOf: Record<string, number> = {};

beforeAll(async () => {
  t = await startTestHub();
  w = await buildAccessWorld(t);
  const E = await buildAgency(t.sql, { name: 'E Polda Bali', sector: 'POLICE', provinceCode: Q });
  for (const k of ['A', 'B', 'C', 'D', 'N'] as const) id[`agency:${k}`] = w.agencies[k].id;
  id['agency:E'] = E.id;
  users = {
    ...w.users,
    memberD: await signIn(t, 'MEMBER', { agencyId: w.agencies.D.id }),
    memberN: await signIn(t, 'MEMBER', { agencyId: w.agencies.N.id }),
  };
  for (const [k, province] of Object.entries(NETWORKS)) id[k] = (await buildNetwork(t.sql, { provinceCode: province, memberIds: [] })).id;
  for (const [k, m] of Object.entries(MEETINGS)) {
    id[k] = (await buildMeeting(t.sql, { title: k, provinceCode: m.province, attendeeIds: m.attendees.map(agencyId) })).id;
  }
  for (const [k, a] of Object.entries(AGREEMENTS)) {
    id[k] = (
      await buildAgreement(t.sql, { title: k, provinceCode: a.province, partyIds: a.parties.map(agencyId), meetingId: a.meeting ? id[a.meeting] : null })
    ).id;
  }
  for (const [k, c] of Object.entries(COMMITMENTS)) {
    id[k] = (await buildCommitment(t.sql, { agreementId: id[c.agreement], agencyId: agencyId(c.agency), description: k })).id;
  }
  for (const [k, i] of Object.entries(ITEMS)) {
    id[k] = (
      await buildActionItem(t.sql, {
        title: k,
        provinceCode: i.province,
        agencyId: agencyId(i.agency),
        commitmentId: i.commitment ? id[i.commitment] : null,
        meetingId: i.meeting ? id[i.meeting] : null,
      })
    ).id;
  }
  for (const [k, c] of Object.entries(CASES)) {
    id[k] = (await buildCase(t.sql, { provinceCode: c.province, intakeAgencyId: agencyId(c.intake) })).id;
    if (c.referral) referralOf[k] = (await buildReferral(t.sql, { caseId: id[k], fromAgencyId: agencyId(c.referral[0]), toAgencyId: agencyId(c.referral[1]) })).id;
    if (c.service) serviceOf[k] = (await buildService(t.sql, { caseId: id[k], agencyId: agencyId(c.service) })).id;
  }
  // Only the events below: the sign-ins above wrote some too (truncate fires no row trigger).
  await t.sql.run('truncate audit_event restart identity');
  for (const [k, e] of Object.entries(AUDIT)) {
    const row = await t.sql.one<{ id: string }>(
      `insert into audit_event (at, actor_id, action, entity_type, entity_id, province_code, changes)
       values (now(), null, 'test', $1, $2, $3, null) returning id::text as id`,
      [e.entityType, k, e.province],
    );
    id[k] = Number(row.id);
  }
});
afterAll(() => t?.stop());

const labels = (list: string[]) => list.map((l) => String(id[l])).sort();
const nodeIds = (conn: { nodes: { id: string }[] }) => conn.nodes.map((n) => n.id).sort();
/** The label of a database id among the records of one kind (ids repeat across tables). */
const labelOf = (kind: object, dbId: string | number) => Object.keys(kind).find((k) => String(id[k]) === String(dbId)) ?? `?${dbId}`;
const named = (kind: object, ids: string[]) => ids.map((i) => labelOf(kind, i)).sort();
const KIND_OF = { meetings: MEETINGS, agreements: AGREEMENTS, commitments: COMMITMENTS, actionItems: ITEMS, cases: CASES, auditEvents: AUDIT } as Record<string, object>;
const ok = (res: GqlResult) => {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
};

describe('lists return exactly the caller scope, with a matching totalCount', () => {
  for (const reader of READERS) {
    it(`${reader}: meetings, agreements, commitments, action items`, async () => {
      const data = ok(
        await t.gql(
          `{ meetings(first: 100) { totalCount nodes { id } } agreements(first: 100) { totalCount nodes { id } }
             commitments(first: 100) { totalCount nodes { id } } actionItems(first: 100) { totalCount nodes { id } } }`,
          {},
          token(reader),
        ),
      );
      for (const kind of ['meetings', 'agreements', 'commitments', 'actionItems'] as const) {
        expect(named(KIND_OF[kind], nodeIds(data[kind])), kind).toEqual([...SCOPE[kind][reader]].sort());
        expect(data[kind].totalCount, kind).toBe(SCOPE[kind][reader].length);
      }
    });

    it(`${reader}: cases`, async () => {
      const res = await t.gql('{ cases(first: 100) { totalCount nodes { id } } }', {}, token(reader));
      const expected = CASE_SCOPE[reader];
      if (expected === null) {
        expect(codes(res)).toEqual(['FORBIDDEN']);
        expect(res.data).toBeNull();
        return;
      }
      const data = ok(res);
      expect(named(CASES, nodeIds(data.cases))).toEqual([...expected].sort());
      expect(data.cases.totalCount).toBe(expected.length);
    });

    it(`${reader}: audit events`, async () => {
      const res = await t.gql('{ auditEvents(first: 100) { totalCount nodes { id } } }', {}, token(reader));
      const expected = AUDIT_SCOPE[reader];
      if (expected === null) {
        expect(codes(res)).toEqual(['FORBIDDEN']);
        expect(res.data).toBeNull();
        return;
      }
      const data = ok(res);
      expect(named(AUDIT, nodeIds(data.auditEvents))).toEqual([...expected].sort());
      expect(data.auditEvents.totalCount).toBe(expected.length);
    });

    it(`${reader}: the whole directory of agencies and networks`, async () => {
      const data = ok(await t.gql('{ agencies(first: 100) { totalCount nodes { id } } networks { id } }', {}, token(reader)));
      const agencies = (['A', 'B', 'C', 'D', 'E', 'N'] as const).map((k) => String(agencyId(k))).sort();
      expect(nodeIds(data.agencies)).toEqual(agencies);
      expect(data.agencies.totalCount).toBe(6);
      expect(data.networks.map((n: { id: string }) => n.id).sort()).toEqual(labels(ALL(NETWORKS)));
      const one = ok(
        await t.gql('query($a: ID!, $n: ID!) { agency(id: $a) { id } network(id: $n) { id } }', { a: agencyId('D'), n: id.net51 }, token(reader)),
      );
      expect(one).toEqual({ agency: { id: String(agencyId('D')) }, network: { id: String(id.net51) } });
    });

    it(`${reader}: users (ADMIN only)`, async () => {
      const res = await t.gql('{ users(first: 100) { totalCount nodes { id } } }', {}, token(reader));
      if (reader !== 'admin') {
        expect(codes(res)).toEqual(['FORBIDDEN']);
        expect(res.data).toBeNull();
        return;
      }
      const all = await t.sql.all<{ id: number }>('select id from hub_user order by id');
      expect(nodeIds(ok(res).users)).toEqual(all.map((u) => String(u.id)).sort());
      expect(ok(res).users.totalCount).toBe(all.length);
    });
  }
});

describe('single reads agree with the lists: the record, or FORBIDDEN outside the scope', () => {
  const KINDS = [
    { field: 'meeting', records: MEETINGS, scope: (r: Reader) => SCOPE.meetings[r] },
    { field: 'agreement', records: AGREEMENTS, scope: (r: Reader) => SCOPE.agreements[r] },
    { field: 'commitment', records: COMMITMENTS, scope: (r: Reader) => SCOPE.commitments[r] },
    { field: 'actionItem', records: ITEMS, scope: (r: Reader) => SCOPE.actionItems[r] },
    { field: 'case', records: CASES, scope: (r: Reader) => CASE_SCOPE[r] ?? [] },
  ];
  for (const kind of KINDS) {
    for (const reader of READERS) {
      it(`${reader}: ${kind.field}(id)`, async () => {
        const keys = ALL(kind.records);
        const query = `{ ${keys.map((k) => `${k}: ${kind.field}(id: "${id[k]}") { id }`).join(' ')} missing: ${kind.field}(id: "987654") { id } }`;
        const res = await t.gql(query, {}, token(reader));
        const errorOf = (alias: string) => res.errors?.find((e) => e.path?.[0] === alias)?.extensions.code ?? null;
        const readable = kind.scope(reader);
        for (const k of keys) {
          if (readable.includes(k)) {
            expect(res.data![k], k).toEqual({ id: String(id[k]) });
            expect(errorOf(k), k).toBeNull();
          } else {
            expect(res.data?.[k] ?? null, k).toBeNull();
            expect(errorOf(k), k).toBe('FORBIDDEN');
          }
        }
        // Oversight is refused case records before the id is even looked up.
        expect(errorOf('missing')).toBe(kind.field === 'case' && reader === 'oversight' ? 'FORBIDDEN' : 'NOT_FOUND');
      });
    }
  }
});

describe('filters only narrow the scope', () => {
  const CASES_OF: [Reader, string, Record<string, unknown>, string[]][] = [
    ['coordinator', 'meetings', { provinceCode: Q }, []],
    ['coordinator', 'agreements', { provinceCode: Q }, []],
    ['coordinator', 'agreements', { agencyId: 'D' }, []],
    ['coordinator', 'commitments', { provinceCode: Q }, []],
    ['coordinator', 'commitments', { agreementId: 'ag51' }, []],
    ['coordinator', 'actionItems', { provinceCode: Q }, []],
    ['coordinator', 'actionItems', { agencyId: 'A' }, ['i52A']],
    ['coordinator', 'cases', { provinceCode: Q }, []],
    ['coordinator', 'cases', { agencyId: 'D' }, []],
    ['coordinator', 'auditEvents', { provinceCode: Q }, []],
    ['otherCoordinator', 'cases', { agencyId: 'A' }, ['k51D']],
    ['otherCoordinator', 'actionItems', { agencyId: 'A' }, ['i51A']],
    ['otherCoordinator', 'meetings', { provinceCode: P }, []],
    ['member', 'agreements', { provinceCode: Q }, ['ag51x']],
    ['member', 'agreements', { agencyId: 'E' }, []],
    ['member', 'commitments', { agreementId: 'ag51' }, []],
    ['member', 'actionItems', { provinceCode: Q }, ['i51A']],
    ['member', 'actionItems', { agencyId: 'D' }, []],
    ['member', 'actionItems', { meetingId: 'm51' }, []],
    ['member', 'meetings', { agencyId: 'E' }, []],
    ['member', 'cases', { provinceCode: Q }, ['k51D']],
    ['member', 'cases', { agencyId: 'C' }, ['k52C']],
    ['otherMember', 'cases', { agencyId: 'A' }, ['k52B']],
    ['memberN', 'agreements', { provinceCode: P }, []],
    ['memberN', 'meetings', { networkId: 'net52' }, []],
    ['oversight', 'auditEvents', { entityType: 'Case' }, []],
    ['oversight', 'auditEvents', { entityType: 'Referral' }, []],
    ['coordinator', 'auditEvents', { entityType: 'Agreement' }, ['eAg52']],
  ];
  const FILTER_TYPE: Record<string, string> = {
    meetings: 'MeetingFilter',
    agreements: 'AgreementFilter',
    commitments: 'CommitmentFilter',
    actionItems: 'ActionItemFilter',
    cases: 'CaseFilter',
    auditEvents: 'AuditEventFilter',
  };
  for (const [reader, list, filter, expected] of CASES_OF) {
    it(`${reader}: ${list}(${JSON.stringify(filter)}) → ${expected.join(', ') || 'nothing'}`, async () => {
      // Filter values naming records are labels of the world; everything else is literal.
      const resolved = Object.fromEntries(
        Object.entries(filter).map(([k, v]) => [k, k === 'agencyId' ? String(agencyId(v as AgencyKey)) : k.endsWith('Id') ? String(id[v as string]) : v]),
      );
      const res = await t.gql(`query($f: ${FILTER_TYPE[list]}) { ${list}(filter: $f, first: 100) { totalCount nodes { id } } }`, { f: resolved }, token(reader));
      const data = ok(res);
      expect(named(KIND_OF[list], nodeIds(data[list]))).toEqual([...expected].sort());
      expect(data[list].totalCount).toBe(expected.length);
    });
  }

  it('networks of another province are part of the directory', async () => {
    const data = ok(await t.gql(`{ networks(provinceCode: "${Q}") { id } }`, {}, token('coordinator')));
    expect(data.networks).toEqual([{ id: String(id.net51) }]);
  });
});

describe('pages add up to the scope', () => {
  for (const [reader, list, expected] of [
    ['member', 'actionItems', SCOPE.actionItems.member],
    ['member', 'cases', CASE_SCOPE.member!],
    ['otherCoordinator', 'commitments', SCOPE.commitments.otherCoordinator],
  ] as [Reader, string, string[]][]) {
    it(`${reader}: ${list} two at a time`, async () => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 5; page++) {
        const res: GqlResult = await t.gql(`query($a: String) { ${list}(first: 2, after: $a) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`, { a: after }, token(reader));
        const conn = ok(res)[list];
        expect(conn.totalCount).toBe(expected.length);
        seen.push(...conn.nodes.map((n: { id: string }) => n.id));
        if (!conn.pageInfo.hasNextPage) break;
        after = conn.pageInfo.endCursor;
      }
      expect(named(KIND_OF[list], seen)).toEqual([...expected].sort());
      expect(new Set(seen).size).toBe(seen.length);
    });
  }
});

describe('nested lists stay within the scope', () => {
  for (const reader of READERS) {
    it(`${reader}: Agreement.commitments, Commitment.actionItems, Meeting.actionItems, Meeting.agreements`, async () => {
      const data = ok(
        await t.gql(
          `{ agreements(first: 100) { nodes { id commitments { id } } }
             commitments(first: 100) { nodes { id actionItems { id } } }
             meetings(first: 100) { nodes { id actionItems { id } agreements { id } } } }`,
          {},
          token(reader),
        ),
      );
      const byId = (kind: object, nodes: { id: string }[]) => Object.fromEntries(nodes.map((n) => [labelOf(kind, n.id), n])) as Record<string, any>;
      // Whoever reads an agreement reads all its commitments.
      const agreements = byId(AGREEMENTS, data.agreements.nodes);
      for (const a of SCOPE.agreements[reader]) {
        const all = ALL(COMMITMENTS).filter((c) => COMMITMENTS[c].agreement === a);
        expect(named(COMMITMENTS, agreements[a].commitments.map((c: { id: string }) => c.id)), a).toEqual(all.sort());
      }
      // Items, agreements under a record: only those the reader may read on their own.
      const commitments = byId(COMMITMENTS, data.commitments.nodes);
      for (const c of SCOPE.commitments[reader]) {
        const visible = ALL(ITEMS).filter((i) => ITEMS[i].commitment === c && SCOPE.actionItems[reader].includes(i));
        expect(named(ITEMS, commitments[c].actionItems.map((i: { id: string }) => i.id)), c).toEqual(visible.sort());
      }
      const meetings = byId(MEETINGS, data.meetings.nodes);
      for (const m of SCOPE.meetings[reader]) {
        const items = ALL(ITEMS).filter((i) => ITEMS[i].meeting === m && SCOPE.actionItems[reader].includes(i));
        expect(named(ITEMS, meetings[m].actionItems.map((i: { id: string }) => i.id)), `${m} items`).toEqual(items.sort());
        const agreementsThere = ALL(AGREEMENTS).filter((a) => AGREEMENTS[a].meeting === m && SCOPE.agreements[reader].includes(a));
        expect(named(AGREEMENTS, meetings[m].agreements.map((a: { id: string }) => a.id)), `${m} agreements`).toEqual(agreementsThere.sort());
      }
    });

    it(`${reader}: references to a meeting or commitment outside the scope read as null`, async () => {
      const data = ok(
        await t.gql(
          `{ agreements(first: 100) { nodes { id meeting { id } } }
             actionItems(first: 100) { nodes { id meeting { id } commitment { id agreement { id } } } } }`,
          {},
          token(reader),
        ),
      );
      const meetingRef = (m: string | undefined) => (m && SCOPE.meetings[reader].includes(m) ? { id: String(id[m]) } : null);
      for (const node of data.agreements.nodes) {
        const a = labelOf(AGREEMENTS, node.id);
        expect(node.meeting, a).toEqual(meetingRef(AGREEMENTS[a].meeting));
      }
      for (const node of data.actionItems.nodes) {
        const label = labelOf(ITEMS, node.id);
        const item = ITEMS[label];
        expect(node.meeting, label).toEqual(meetingRef(item.meeting));
        const c = item.commitment;
        expect(node.commitment, label).toEqual(
          c && SCOPE.commitments[reader].includes(c) ? { id: String(id[c]), agreement: { id: String(id[COMMITMENTS[c].agreement]) } } : null,
        );
      }
    });
  }

  it('the references are there for a reader who may follow them', async () => {
    const data = ok(
      await t.gql(
        `query($ag: ID!, $i: ID!) { agreement(id: $ag) { meeting { id } } actionItem(id: $i) { meeting { id } commitment { id } } }`,
        { ag: id.ag52n, i: id.i51D },
        token('admin'),
      ),
    );
    expect(data).toEqual({ agreement: { meeting: { id: String(id.mNat) } }, actionItem: { meeting: { id: String(id.m51) }, commitment: { id: String(id.c51x) } } });
  });

  for (const reader of READERS.filter((r) => CASE_SCOPE[r]?.length)) {
    it(`${reader}: Case.referrals and Case.services are those of a readable case`, async () => {
      const data = ok(
        await t.gql('{ cases(first: 100) { nodes { id referrals { id fromAgency { id } toAgency { id } } services { id agency { id } } } } }', {}, token(reader)),
      );
      expect(named(CASES, nodeIds(data.cases))).toEqual([...CASE_SCOPE[reader]!].sort());
      for (const node of data.cases.nodes) {
        const k = labelOf(CASES, node.id);
        const c = CASES[k];
        expect(node.referrals, k).toEqual(
          c.referral
            ? [{ id: String(referralOf[k]), fromAgency: { id: String(agencyId(c.referral[0])) }, toAgency: { id: String(agencyId(c.referral[1])) } }]
            : [],
        );
        expect(node.services, k).toEqual(c.service ? [{ id: String(serviceOf[k]), agency: { id: String(agencyId(c.service)) } }] : []);
      }
    });
  }
});

describe('anonymous callers', () => {
  it('read provinces and learn they are not signed in', async () => {
    const res = await t.gql(`{ provinces { code } province(code: "${P}") { code name } me { id } }`);
    const data = ok(res);
    expect(data.provinces).toHaveLength(38);
    expect(data.province.code).toBe(P);
    expect(data.me).toBeNull();
  });

  const QUERIES = [
    '{ agencies { totalCount } }',
    `{ agency(id: "1") { id } }`,
    '{ networks { id } }',
    `{ network(id: "1") { id } }`,
    '{ meetings { totalCount } }',
    `{ meeting(id: "1") { id } }`,
    '{ agreements { totalCount } }',
    `{ agreement(id: "1") { id } }`,
    '{ commitments { totalCount } }',
    `{ commitment(id: "1") { id } }`,
    '{ actionItems { totalCount } }',
    `{ actionItem(id: "1") { id } }`,
    '{ cases { totalCount } }',
    `{ case(id: "1") { id } }`,
    '{ auditEvents { totalCount } }',
    '{ users { totalCount } }',
    '{ viewerPermissions { canReadCases } }',
  ];
  for (const query of QUERIES) {
    it(`get UNAUTHENTICATED from ${query}`, async () => {
      const res = await t.gql(query);
      expect(codes(res)).toEqual(['UNAUTHENTICATED']);
      expect(res.data?.[Object.keys(res.data ?? {})[0]] ?? null).toBeNull();
    });
  }
});
