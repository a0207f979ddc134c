import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './support/factories';
import { startTestHub, type TestHub } from './support/harness';

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
