import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ALIASES } from '../src/http/limits';
import { buildAgency, signIn, snapshotCounts } from './support/factories';
import { startTestHub, type TestHub } from './support/harness';

let t: TestHub;
let admin: string;
beforeAll(async () => {
  t = await startTestHub();
  admin = (await signIn(t, 'ADMIN')).token;
});
afterAll(() => t?.stop());

/** A selection under an Agency that makes the whole mutation `depth` fields deep: networks > members > agency > networks ... */
function nest(depth: number): string {
  const chain = ['networks', 'members', 'agency'];
  const wrappers = depth - 2; // createAgency itself and the leaf count too
  const leafOf = ['id', 'role', 'id']; // Network, NetworkMembership, Agency
  let sel = wrappers > 0 ? leafOf[(wrappers - 1) % 3] : 'id';
  for (let i = wrappers - 1; i >= 0; i--) sel = `${chain[i % 3]} { ${sel} }`;
  return sel;
}

describe('query limits', () => {
  it('refuses a query nested deeper than 10 levels before running anything', async () => {
    const before = await snapshotCounts(t.sql);
    const deep = `mutation { createAgency(input: { name: "Deep", sector: OTHER, level: PROVINCE, provinceCode: "52" }) { ${nest(11)} } }`;
    const res = await t.gql(deep, {}, admin);
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions.code).toBe('QUERY_TOO_DEEP');
    expect(res.errors![0].message).toMatch(/nested \d+ levels deep; the limit is 10/);
    expect(await snapshotCounts(t.sql)).toEqual(before);
    const tenDeep = '{ province(code: "52") { regencies { province { regencies { province { regencies { province { regencies { province { name } } } } } } } } } }';
    expect((await t.gql(tenDeep)).errors).toBeUndefined();
  });

  it(`refuses more than ${MAX_ALIASES} aliases`, async () => {
    const flood = Array.from({ length: MAX_ALIASES + 1 }, (_, i) => `a${i}: provinces { code }`).join(' ');
    const res = await t.gql(`{ ${flood} }`);
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions.code).toBe('TOO_MANY_ALIASES');
    expect(res.errors![0].message).toMatch(/more than 15 aliases/);
    const fine = Array.from({ length: MAX_ALIASES }, (_, i) => `a${i}: province(code: "52") { code }`).join(' ');
    expect((await t.gql(`{ ${fine} }`)).errors).toBeUndefined();
  });

  it('refuses several operations in one request', async () => {
    const res = await t.post(JSON.stringify({ query: 'query A { provinces { code } } query B { provinces { name } }', operationName: 'A' }));
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors[0].extensions.code).toBe('TOO_MANY_OPERATIONS');
    expect(JSON.stringify(body)).toMatch(/one operation per request/);
  });

  it('refuses batched requests', async () => {
    const res = await t.post(JSON.stringify([{ query: '{ provinces { code } }' }, { query: '{ provinces { code } }' }]));
    expect(res.status).toBe(400);
  });

  it('refuses a request body above 100 kB', async () => {
    const before = await snapshotCounts(t.sql);
    const padding = 'x'.repeat(110 * 1024);
    const res = await t.post(
      JSON.stringify({ query: 'mutation($n: String!) { createAgency(input: { name: $n, sector: OTHER, level: PROVINCE, provinceCode: "52" }) { id } }', variables: { n: padding } }),
      { authorization: `Bearer ${admin}` },
    );
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await snapshotCounts(t.sql)).toEqual(before);
  });

  it('refuses a query whose estimated cost exceeds the budget, and runs realistic ones', async () => {
    await buildAgency(t.sql);
    const hostile = `{ agencies(first: 100) { nodes { networks { members { agency { networks { members { agency { name } } } } } } } } }`;
    const res = await t.gql(hostile, {}, admin);
    expect(res.errors![0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.data).toBeNull();
    const realistic = `{ actionItems(first: 50) { totalCount nodes { id title dueOn isOverdue agency { name sector } commitment { description agreement { title parties { name } } } updates { note author { displayName } } } } }`;
    expect((await t.gql(realistic, {}, admin)).errors).toBeUndefined();
  });
});

describe('page sizes and the cost of the metrics', () => {
  it('refuses `first` above 100 or below 1 as BAD_USER_INPUT before estimating the cost', async () => {
    for (const [query, variables] of [
      ['{ agencies(first: 100000) { totalCount nodes { networks { members { agency { name } } } } } }', {}],
      ['{ actionItems(first: 101) { totalCount } }', {}],
      ['{ actionItems(first: 0) { totalCount } }', {}],
      ['{ actionItems(first: -5) { totalCount } }', {}],
      ['query($n: Int) { agencies(first: $n) { nodes { networks { members { agency { name } } } } } }', { n: 100000 }],
      ['query($n: Int = 500) { meetings(first: $n) { totalCount } }', {}],
    ] as const) {
      const res = await t.gql(query, variables, admin);
      expect(res.status, query).toBe(400);
      expect(res.errors!.map((e) => e.extensions.code), query).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].extensions).toMatchObject({
        fields: ['first'],
        fieldErrors: { first: { code: 'OUT_OF_RANGE', message: 'must be between 1 and 100', min: 1, max: 100 } },
      });
      expect(res.data, query).toBeNull();
    }
    expect((await t.gql('{ actionItems(first: 100) { totalCount } }', {}, admin)).errors).toBeUndefined();
  });

  it('weighs the metrics by their cost: fifteen aliased nationalMetrics are refused before any runs', async () => {
    const national = 'nationalMetrics { actionsOverdue casesReported { value } provinces { province { code } actionsOverdue casesReported { value } } }';
    const flood = Array.from({ length: 15 }, (_, i) => `n${i}: ${national}`).join(' ');
    const res = await t.gql(`{ ${flood} }`, {}, admin);
    expect(res.errors!.map((e) => e.extensions.code)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(res.data).toBeNull();
    expect(res.extensions?.sqlStatements ?? 0).toBeLessThanOrEqual(1); // at most the sign-in check
    const three = Array.from({ length: 3 }, (_, i) => `n${i}: ${national}`).join(' ');
    expect((await t.gql(`{ ${three} }`, {}, admin)).errors![0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    const provinces = Array.from({ length: 15 }, (_, i) => `p${i}: provinceMetrics(provinceCode: "52") { actionsOverdue agencyActionStats { open } }`).join(' ');
    expect((await t.gql(`{ ${provinces} }`, {}, admin)).errors![0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    const withStats = `nationalMetrics { provinces { agencyActionStats { agency { name } open overdue } } }`;
    expect((await t.gql(`{ ${withStats} n2: nationalMetrics { actionsOverdue } }`, {}, admin)).errors![0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect((await t.gql(`{ ${withStats} }`, {}, admin)).errors).toBeUndefined();
    // One at a time, as the dashboard asks, they run.
    const one = await t.gql(`{ ${national} t: metricsTrend(from: "2025-01-01", to: "2026-12-31") { month actionsOpened } }`, {}, admin);
    expect(one.errors).toBeUndefined();
  });
});

describe('HTTP protections', () => {
  it('blocks cross-site simple requests (CSRF prevention)', async () => {
    const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ provinces { code } }' }) });
    expect(res.status).toBe(400);
    const get = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ provinces { code } }')}`);
    expect(get.status).toBe(400);
  });

  it('sends security headers on every response', async () => {
    for (const path of ['/healthz', '/graphql', '/']) {
      const res = await fetch(`${t.url}${path}`, { method: path === '/graphql' ? 'POST' : 'GET', headers: { 'content-type': 'application/json' }, body: path === '/graphql' ? '{"query":"{ provinces { code } }"}' : undefined });
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('keeps CORS closed by default', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('suggests field names outside production', async () => {
    const dev = await t.gql('{ agencie { totalCount } }', {}, admin);
    expect(dev.errors![0].message).toMatch(/did you mean/i);
  });

  it('never sends stack traces or SQL', async () => {
    const res = await t.gql('{ agency(id: "abc") { id } }', {}, admin);
    expect(res.errors![0].extensions.code).toBe('NOT_FOUND');
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|select |at \w+ \(/i);
  });
});


describe('bad variables', () => {
  it('are refused with BAD_USER_INPUT, not a server error', async () => {
    const res = await t.gql('query($n: Int) { agencies(first: $n) { totalCount } }', { n: 'abc' }, admin);
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const missing = await t.gql('mutation($in: CreateAgencyInput!) { createAgency(input: $in) { id } }', { in: { name: 'X', level: 'PROVINCE' } }, admin);
    expect(missing.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const badEnum = await t.gql('mutation($in: CreateAgencyInput!) { createAgency(input: $in) { id } }', { in: { name: 'X', sector: 'SPACE', level: 'PROVINCE', provinceCode: '52' } }, admin);
    expect(badEnum.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
