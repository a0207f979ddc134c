import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { GraphQLError, parse } from 'graphql';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkArguments, markLoneSurrogates } from '../src/http/arguments';
import { buildAgency, signIn, snapshotCounts } from './support/factories';
import { codes, startTestHub, type TestHub } from './support/harness';
import { expectRefused, day, ok } from './support/api-helpers';

let t: TestHub;
let admin: string;
let coordinator: string;
let police: number;
let clientDir: string;

beforeAll(async () => {
  // A built dashboard of two files, to tell its HTML from a 404.
  clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-client-'));
  fs.mkdirSync(path.join(clientDir, 'assets'));
  fs.writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>Pantau Jejaring</title><div id="root"></div>');
  fs.writeFileSync(path.join(clientDir, 'assets', 'app-1234.js'), 'console.log(1)');
  t = await startTestHub({ clientDir });
  admin = (await signIn(t, 'ADMIN')).token;
  coordinator = (await signIn(t, 'COORDINATOR', { provinceCode: '52' })).token;
  police = (await buildAgency(t.sql, { name: 'Polda NTB', sector: 'POLICE', provinceCode: '52' })).id;
});
afterAll(async () => {
  await t?.stop();
  fs.rmSync(clientDir, { recursive: true, force: true });
});
afterEach(() => {
  vi.restoreAllMocks();
});

const CREATE_ITEM = `mutation($in: CreateActionItemInput!) { createActionItem(input: $in) { id title } }`;
const item = (patch: Record<string, unknown> = {}) => ({ title: 'Sosialisasi', agencyId: police, dueOn: day(30), ...patch });

describe('text with NUL characters or unpaired surrogates', () => {
  it.each([
    ['a NUL in a title sent as a variable', { title: 'Rapat\u0000' }, 'title'],
    ['an unpaired high surrogate in a description', { description: 'Catatan \uD83D' }, 'description'],
    ['an unpaired low surrogate in a title', { title: '\uDE00 Rapat' }, 'title'],
    ['a NUL in an id', { agencyId: `${1}\u0000` }, 'agencyId'],
  ])('refuses %s as BAD_USER_INPUT on that field, writing nothing', async (_label, patch, field) => {
    await expectRefused(t, () => t.gql(CREATE_ITEM, { in: item(patch) }, coordinator), { code: 'BAD_USER_INPUT', fields: [field] });
  });

  it('refuses them written into the query itself, raw or escaped', async () => {
    const literal = (title: string) =>
      `mutation { createActionItem(input: { title: ${title}, agencyId: "${police}", dueOn: "${day(30)}" }) { id } }`;
    for (const title of ['"Rapat\u0000"', '"Rapat\\u0000"', '"Rapat \uD800"', '"Rapat \\uD800"', '"\\uDC00 Rapat"']) {
      await expectRefused(t, () => t.gql(literal(title), {}, coordinator), { code: 'BAD_USER_INPUT', fields: ['title'] });
    }
    // A surrogate pair is one character, written raw or escaped: accepted.
    const pair = await ok(t, literal('"Rapat \\uD83D\\uDE00 \uD83D\uDE00"'), {}, coordinator);
    expect(pair.createActionItem.id).toBeTruthy();
  });

  it('refuses them in search strings, filters and page cursors of queries', async () => {
    for (const [query, variables, field] of [
      ['query($s: String) { agencies(filter: { search: $s }) { totalCount } }', { s: 'Polda\u0000' }, 'search'],
      ['{ agencies(filter: { search: "\\u0000" }) { totalCount } }', {}, 'search'],
      ['query($p: String) { actionItems(filter: { provinceCode: $p }) { totalCount } }', { p: '5\u00002' }, 'provinceCode'],
      ['query($a: String) { agencies(after: $a) { totalCount } }', { a: 'x\uD800' }, 'after'],
      ['query($c: String!) { province(code: $c) { name } }', { c: '52\u0000' }, 'code'],
    ] as const) {
      const res = await t.gql(query, variables, admin);
      expect(codes(res), JSON.stringify(res.errors)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].extensions.fields).toEqual([field]);
      expect(res.status).toBe(400);
    }
  });

  it('refuses them in the login e-mail, like any other bad input, without a server error', async () => {
    const error = vi.spyOn(console, 'error');
    for (const email of ['admin\u0000@example.org', 'admin\uD800@example.org']) {
      const res = await t.gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: email, p: 'whatever-password' });
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].extensions.fields).toEqual(['email']);
    }
    const literal = await t.gql('mutation { login(email: "a\\u0000@example.org", password: "whatever-password") { token } }');
    expect(literal.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['email'] });
    expect(error).not.toHaveBeenCalled();
  });
});

describe('blank text', () => {
  it('treats text of white space and zero-width characters only as blank, and trims them from the edges', async () => {
    const blank = '\u200B\u200C\u200D\u2060\uFEFF \u00A0\n';
    await expectRefused(t, () => t.gql(CREATE_ITEM, { in: item({ title: blank }) }, coordinator), { code: 'BAD_USER_INPUT', fields: ['title'] });
    const agency = `mutation($in: CreateAgencyInput!) { createAgency(input: $in) { id name acronym } }`;
    await expectRefused(t, () => t.gql(agency, { in: { name: '\u200B', sector: 'OTHER', level: 'PROVINCE', provinceCode: '52' } }, admin), {
      code: 'BAD_USER_INPUT',
      fields: ['name'],
    });
    const trimmed = await ok(t, agency, { in: { name: '\uFEFF LBH APIK\u200B ', acronym: '\u200B', sector: 'LEGAL_AID', level: 'PROVINCE', provinceCode: '52' } }, admin);
    expect(trimmed.createAgency).toMatchObject({ name: 'LBH APIK', acronym: null });
    // A search of zero-width characters only is no search.
    const all = await ok(t, '{ agencies { totalCount } }', {}, admin);
    const zw = await ok(t, '{ agencies(filter: { search: "\\u200B" }) { totalCount } }', {}, admin);
    expect(zw.agencies.totalCount).toBe(all.agencies.totalCount);
  });
});

/** A raw GET whose path is sent exactly as written (fetch would normalise `..` and reject bad encodings). */
function rawGet(url: string, rawPath: string): Promise<{ status: number; body: string; type: string | undefined }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: hostname, port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, body, type: res.headers['content-type'] }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('static files', () => {
  it.each([
    ['/assets/../..', [400, 404]],
    ['/assets/../../package.json', [400, 404]],
    ['/assets/%2e%2e/%2e%2e/package.json', [400, 404]],
    ['/assets/%E0%A4%A', [400]],
    ['/assets/%ZZ', [400]],
    ['/%E0%A4%A', [400, 404]],
    ['/%ZZ.js', [400, 404]],
    ['/actions/%E0%A4%A', [400, 404]],
    ['/..%2f..%2fpackage.json', [400, 404]],
  ])('answers %s with 400 or 404 and logs no stack trace', async (rawPath, statuses) => {
    const error = vi.spyOn(console, 'error');
    const res = await rawGet(t.url, rawPath);
    expect(statuses).toContain(res.status);
    expect(res.body).not.toMatch(/<html|<!doctype|Error:|\n\s+at /i);
    expect(error).not.toHaveBeenCalled();
  });

  it('serves a robots.txt that disallows everything', async () => {
    const res = await fetch(`${t.url}/robots.txt`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).toMatch(/^Disallow: \/$/m);
  });

  it('answers 404 for missing assets and files, and the dashboard only for its routes', async () => {
    for (const missing of ['/assets/missing.js', '/assets/app-1234.js.map', '/assets/', '/favicon.ico', '/wp-login.php', '/.env', '/actions/12/export.csv', '/index.php']) {
      const res = await fetch(`${t.url}${missing}`);
      expect(res.status, missing).toBe(404);
      expect(await res.text(), missing).not.toContain('Pantau Jejaring');
    }
    const asset = await fetch(`${t.url}/assets/app-1234.js`);
    expect(asset.status).toBe(200);
    expect(await asset.text()).toBe('console.log(1)');
    for (const route of ['/', '/national', '/provinces/52', '/actions/12', '/agreements/3/edit', '/login']) {
      const res = await fetch(`${t.url}${route}`);
      expect(res.status, route).toBe(200);
      expect(await res.text(), route).toContain('Pantau Jejaring');
    }
  });

  it('sends a Permissions-Policy that switches off the camera, microphone and location', async () => {
    for (const p of ['/', '/healthz', '/robots.txt', '/assets/missing.js']) {
      const policy = (await fetch(`${t.url}${p}`)).headers.get('permissions-policy');
      expect(policy, p).toMatch(/camera=\(\)/);
      expect(policy, p).toMatch(/microphone=\(\)/);
      expect(policy, p).toMatch(/geolocation=\(\)/);
    }
    const gql = await t.gql('{ provinces { code } }');
    expect(gql.headers.get('permissions-policy')).toMatch(/camera=\(\)/);
  });
});

describe('nothing changes when a refusal comes before execution', () => {
  it('leaves every table as it was', async () => {
    const before = await snapshotCounts(t.sql);
    await t.gql(CREATE_ITEM, { in: item({ title: 'x\u0000' }) }, coordinator);
    await t.gql(`mutation { createActionItem(input: { title: "x\\uD800", agencyId: "${police}", dueOn: "${day(30)}" }) { id } }`, {}, coordinator);
    expect(await snapshotCounts(t.sql)).toEqual(before);
  });
});

describe('arguments of a document seen before', () => {
  // What depends on the document alone is found once per parsed document (http/arguments.ts):
  // the variables of every request are still checked, and refusals stay as they were.
  it('checks the variables of every request of the same query text', async () => {
    const query = 'query($n: Int, $s: String) { agencies(first: $n, filter: { search: $s }) { totalCount } }';
    await ok(t, query, { n: 10, s: 'Polda' }, admin);
    const res = await t.gql(query, { n: 1000, s: 'Polda\u0000' }, admin);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].extensions.fields).toEqual(['first', 'search']);
    expect(res.status).toBe(400);
    await ok(t, query, { n: 10, s: 'Polda' }, admin);
    const again = await t.gql(query, { s: '\uD800' }, admin);
    expect(again.errors![0].extensions.fields).toEqual(['search']);
  });

  it('reports the same fields, in document order, each time one parsed document is checked', () => {
    const document = parse(`query Q($n: Int = 500, $m: Int, $in: CreateActionItemInput!, $d: String = "d\\u0000") {
      agencies(first: $m, filter: { search: "x\\u0000" }) { nodes { networks(first: $n) { totalCount } } }
      createActionItem(input: $in) { id }
      other: agencies(filter: { search: $d }) { totalCount }
    }`);
    const refusal = (variables: Record<string, unknown>) => {
      try {
        checkArguments(document, 'Q', variables);
      } catch (err) {
        expect(err).toBeInstanceOf(GraphQLError);
        return (err as GraphQLError).extensions;
      }
      return null;
    };
    const first = refusal({ m: 0, in: { title: 'ok' } });
    expect(first).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['first', 'search'] });
    expect(first!.fieldErrors).toEqual({
      first: { code: 'OUT_OF_RANGE', message: 'must be between 1 and 100', min: 1, max: 100 },
      search: { code: 'BAD_CHARACTERS', message: 'must not contain NUL characters or unpaired UTF-16 surrogates' },
    });
    const second = refusal({ m: 10, n: 20, in: { title: 'x\u0000', description: 'ok' } });
    expect(second).toMatchObject({ fields: ['search', 'title'] });
    // A default of `first` counts only when the variable is not sent; a string default always.
    expect(refusal({ m: 10, in: {} })).toMatchObject({ fields: ['search', 'first'] });
    // Each refusal has its own field errors: nothing of one request is handed to the next.
    expect((second!.fieldErrors as Record<string, unknown>).search).not.toBe((first!.fieldErrors as Record<string, unknown>).search);
    expect(refusal({ m: 10, n: 20, in: {} })).toMatchObject({ fields: ['search'] });
  });

  it('marks lone surrogates, raw or escaped, and leaves every other text as it is', () => {
    const plain = '{ agencies(filter: { search: "Polda \\\\u \\uD83D\\uDE00" }) { totalCount } }';
    expect(markLoneSurrogates(plain)).toBe(plain);
    expect(markLoneSurrogates('"a \\uD800" "\\\\uD800" "\uDC00 b" "\\ud83d\\ude00"')).toBe('"a \\u0000" "\\\\uD800" "\u0000 b" "\\ud83d\\ude00"');
  });
});
