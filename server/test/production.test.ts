import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './support/factories';
import { codes, startTestHub, type TestHub } from './support/harness';

let prod: TestHub;
let admin: string;
beforeAll(async () => {
  // Configured as in production, with CORS opened for one origin.
  prod = await startTestHub({ production: true, corsOrigins: ['https://dashboard.example.org'] });
  admin = (await signIn(prod, 'ADMIN')).token;
});
afterAll(() => prod?.stop());

describe('in production', () => {
  it('hides the schema from anonymous callers but not from signed-in ones', async () => {
    const anon = await prod.gql('{ __schema { queryType { name } } }');
    expect(anon.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect(anon.data).toBeNull();
    const viaFragment = await prod.gql('query { ...F } fragment F on Query { __type(name: "Agency") { name } }');
    expect(viaFragment.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const signedIn = await prod.gql('{ __schema { queryType { name } } }', {}, admin);
    expect(signedIn.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('gives no "did you mean" suggestions', async () => {
    const res = await prod.gql('{ agencie { totalCount } }', {}, admin);
    expect(res.errors![0].message).not.toMatch(/did you mean/i);
  });

  it('allows the configured CORS origin only', async () => {
    const ok = await fetch(`${prod.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://dashboard.example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://dashboard.example.org');
    const bad = await fetch(`${prod.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(bad.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('in production, for anonymous callers,', () => {
  it('names no schema field, type or argument in validation messages, and suggests none', async () => {
    for (const query of [
      '{ agencie { totalCount } }',
      '{ provinces { code secretField } }',
      'mutation { login(emial: "a@b.c", password: "x") { token } }',
      '{ agencies }',
      'mutation { login(email: "a@b.c") { token } }',
      'query($i: CreateAgencyInput!) { provinces { code } }',
    ]) {
      const res = await prod.gql(query);
      expect(res.status, query).toBe(400);
      expect(new Set(codes(res)), query).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
      const text = res.errors!.map((e) => e.message).join(' ');
      expect(text, query).not.toMatch(/agencie|secretField|emial|email|login|password|"|Query|Mutation|Province|CreateAgencyInput|[Dd]id you mean/);
    }
    const field = await prod.gql('{ agencie { totalCount } }');
    expect(field.errors![0].message).toBe('Cannot query this field.');
  });

  it('names only the caller\'s own variable when a variable does not fit its type', async () => {
    const res = await prod.gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: { x: 1 }, p: 'x' });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].message).toBe('Variable "$e" has an invalid value.');
  });

  it('still tells signed-in users which field is wrong', async () => {
    const signedIn = (await signIn(prod, 'ADMIN')).token;
    const res = await prod.gql('{ agencie { totalCount } }', {}, signedIn);
    expect(res.errors![0].message).toMatch(/agencie/);
    expect(res.errors![0].message).not.toMatch(/did you mean/i);
  });
});
