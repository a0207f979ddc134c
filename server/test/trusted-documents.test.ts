import 'reflect-metadata';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Kind, parse, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST_PATH, TrustedDocuments } from '../src/http/trusted-documents';
import { getSchema } from '../src/schema';
import { PERSISTED_HASHES } from '../../client/src/gql/persisted-hashes';
import { signIn } from './support/factories';
import { codes, startTestHub, type TestHub } from './support/harness';

const require = createRequire(import.meta.url);
const extractor = require('../../client/scripts/persisted-documents.cjs') as {
  trustedDocuments(documents: DocumentNode[]): Promise<Map<string, { hash: string; text: string }>>;
  wireText(document: DocumentNode): Promise<string>;
  hashOf(text: string): string;
};

const CLIENT_SRC = path.resolve(__dirname, '../../client/src');
const manifest = JSON.parse(fs.readFileSync(MANIFEST_PATH, 'utf8')) as Record<string, string>;

function filesNamed(dir: string, test: (name: string) => boolean): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return filesNamed(p, test);
    return test(e.name) ? [p] : [];
  });
}

describe('the trusted documents (client/src/gql/persisted-documents.json)', () => {
  it('are exactly the operations of the client\'s .graphql files, each under its hash (run `npm run codegen -w client` when this fails)', async () => {
    const sources = filesNamed(CLIENT_SRC, (n) => n.endsWith('.graphql')).map((f) => parse(fs.readFileSync(f, 'utf8')));
    const expected = await extractor.trustedDocuments(sources);
    expect(expected.size).toBeGreaterThan(50);
    expect(manifest).toEqual(Object.fromEntries([...expected.values()].map(({ hash, text }) => [hash, text])));
    expect(PERSISTED_HASHES).toEqual(Object.fromEntries([...expected].map(([name, { hash }]) => [name, hash])));
    for (const [hash, text] of Object.entries(manifest)) expect(crypto.createHash('sha256').update(text).digest('hex')).toBe(hash);
  });

  it('are what the built client sends: every generated DocumentNode, as Apollo Client puts it on the wire, is in the manifest under the hash the client sends', async () => {
    let operations = 0;
    for (const file of filesNamed(CLIENT_SRC, (n) => n === 'operations.generated.ts')) {
      const mod = (await import(file)) as Record<string, unknown>;
      for (const [exportName, value] of Object.entries(mod)) {
        const doc = value as DocumentNode;
        if (!exportName.endsWith('Document') || doc?.kind !== Kind.DOCUMENT) continue;
        const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
        if (!op || op.kind !== Kind.OPERATION_DEFINITION) continue;
        operations += 1;
        const text = await extractor.wireText(doc);
        const hash = PERSISTED_HASHES[op.name!.value];
        expect(hash, `${op.name!.value} (${path.relative(CLIENT_SRC, file)}) has no trusted document`).toBeDefined();
        expect(manifest[hash], op.name!.value).toBe(text);
      }
    }
    expect(operations).toBe(Object.keys(manifest).length);
  });

  it('all fit the schema, so the hub keeps every one of them', async () => {
    const trusted = TrustedDocuments.load(await getSchema(), { production: true });
    expect(trusted.size).toBe(Object.keys(manifest).length);
  });

  it('refuse a manifest entry whose hash is not that of its text', async () => {
    const schema = await getSchema();
    expect(() => new TrustedDocuments({ ['0'.repeat(64)]: '{ me { id } }' }, schema)).toThrow(/not the SHA-256/);
  });
});

/** One request as the dashboard makes it: the session cookie, and the document by hash or as text. */
async function post(t: TestHub, body: Record<string, unknown>, auth: { cookie?: string; bearer?: string } = {}) {
  const headers: Record<string, string> = {};
  if (auth.cookie) headers.cookie = `hub_session=${auth.cookie}`;
  if (auth.bearer) headers.authorization = `Bearer ${auth.bearer}`;
  const res = await t.post(JSON.stringify(body), headers);
  const json = (await res.json()) as { data?: Record<string, any> | null; errors?: { message: string; extensions: Record<string, any> }[] };
  return { status: res.status, data: json.data ?? null, errors: json.errors, cacheControl: res.headers.get('cache-control') };
}
const byHash = (name: string, variables: Record<string, unknown> = {}) => ({
  operationName: name,
  variables,
  extensions: { persistedQuery: { version: 1, sha256Hash: PERSISTED_HASHES[name] } },
});
const AD_HOC = '{ me { email role } }';

describe('in production', () => {
  let prod: TestHub;
  let admin: Awaited<ReturnType<typeof signIn>>;
  beforeAll(async () => {
    prod = await startTestHub({ production: true });
    admin = await signIn(prod, 'ADMIN');
  });
  afterAll(() => prod?.stop());

  it('answers a dashboard session\'s trusted document sent by hash, and the same document sent as its exact text', async () => {
    const hashed = await post(prod, byHash('Session'), { cookie: admin.token });
    expect(hashed.status).toBe(200);
    expect(hashed.errors).toBeUndefined();
    expect(hashed.data!.me.email).toBe(admin.user.email);
    expect(hashed.data!.viewerPermissions.canManageUsers).toBe(true);
    const text = await post(prod, { query: manifest[PERSISTED_HASHES.Session], operationName: 'Session' }, { cookie: admin.token });
    expect(text.data).toEqual(hashed.data);
  });

  it('refuses a dashboard session any other document with UNKNOWN_DOCUMENT (400), before running it', async () => {
    const res = await post(prod, { query: AD_HOC }, { cookie: admin.token });
    expect(res.status).toBe(400);
    expect(codes(res as never)).toEqual(['UNKNOWN_DOCUMENT']);
    expect(res.data).toBeNull();
    expect(res.cacheControl).toBe('no-store');
    // A trusted document's text changed by a single character is another document.
    const edited = manifest[PERSISTED_HASHES.Session].replace('email', 'email ');
    expect(codes((await post(prod, { query: edited }, { cookie: admin.token })) as never)).toEqual(['UNKNOWN_DOCUMENT']);
    // A mutation is refused before it writes anything.
    const before = await prod.sql.one<{ n: number }>('select count(*)::int as n from agency');
    const write = await post(prod, { query: 'mutation { createAgency(input: { name: "Unknown", sector: OTHER, level: PROVINCE, provinceCode: "52" }) { id } }' }, { cookie: admin.token });
    expect(codes(write as never)).toEqual(['UNKNOWN_DOCUMENT']);
    expect((await prod.sql.one<{ n: number }>('select count(*)::int as n from agency')).n).toBe(before.n);
  });

  it('answers an unknown hash with PERSISTED_QUERY_NOT_FOUND and never registers a text sent with its hash', async () => {
    const sha256Hash = crypto.createHash('sha256').update(AD_HOC).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    expect(codes((await post(prod, { extensions }, { cookie: admin.token })) as never)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    // An API client sends the text with its hash (APQ): answered, and not remembered.
    const registered = await post(prod, { query: AD_HOC, extensions }, { bearer: admin.token });
    expect(registered.data).toEqual({ me: { email: admin.user.email, role: 'ADMIN' } });
    expect(codes((await post(prod, { extensions }, { cookie: admin.token })) as never)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect(codes((await post(prod, { extensions }, { bearer: admin.token })) as never)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  it('lets API clients with a Bearer token send any document, under the usual limits', async () => {
    const res = await post(prod, { query: AD_HOC }, { bearer: admin.token });
    expect(res.data).toEqual({ me: { email: admin.user.email, role: 'ADMIN' } });
    // With both, the Bearer token is the one that counts (as for signing in).
    expect((await post(prod, { query: AD_HOC }, { bearer: admin.token, cookie: admin.token })).data).toEqual(res.data);
    const deep = await post(prod, { query: '{ agency(id: "1") { networks { members { agency { networks { members { agency { networks { members { agency { networks { id } } } } } } } } } } } }' }, { bearer: admin.token });
    expect(codes(deep as never)).toContain('QUERY_TOO_DEEP');
    // Trusted documents by hash work for them too.
    expect((await post(prod, byHash('Session'), { bearer: admin.token })).data!.me.email).toBe(admin.user.email);
  });

  it('lets anonymous callers sign in with their own document or the dashboard\'s, and sign out by hash', async () => {
    const other = await signIn(prod, 'OVERSIGHT'); // `login` with the test's own selection (harness)
    const login = await post(prod, byHash('Login', { email: other.user.email, password: 'x'.repeat(12) }));
    expect(codes(login as never)).toEqual(['UNAUTHENTICATED']); // the wrong password: the document itself was run
    const anonymousSession = await post(prod, byHash('Session'));
    expect(anonymousSession.data?.me ?? null).toBeNull();
    const out = await post(prod, byHash('Logout'), { cookie: other.token });
    expect(out.data).toEqual({ logout: true });
    expect(codes((await post(prod, byHash('Session'), { cookie: other.token })) as never)).toContain('UNAUTHENTICATED');
  });
});

describe('in development', () => {
  let dev: TestHub;
  let admin: Awaited<ReturnType<typeof signIn>>;
  beforeAll(async () => {
    dev = await startTestHub({ production: false });
    admin = await signIn(dev, 'ADMIN');
  });
  afterAll(() => dev?.stop());

  it('answers a dashboard session\'s documents by hash and as any text (for the development server and tools)', async () => {
    expect((await post(dev, byHash('Session'), { cookie: admin.token })).data!.me.email).toBe(admin.user.email);
    expect((await post(dev, { query: AD_HOC }, { cookie: admin.token })).data).toEqual({ me: { email: admin.user.email, role: 'ADMIN' } });
  });
});
