import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { todayIn } from '../src/common/dates';
import { loadConfig } from '../src/config';
import { startHub, type Hub } from '../src/hub';
import { startTestHub, testLogger } from './support/harness';

/** A demo start runs today's sweep: every demo account signs in to an inbox, the outbox shows the digests. */
let hub: Hub;
const gql = async (query: string, token?: string) => {
  const res = await fetch(`${hub.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as { data: any; errors?: unknown[] };
};

beforeAll(async () => {
  // An empty database (the test hub empties it), then a hub that loads the demo as a demo start does.
  const empty = await startTestHub();
  await empty.stop();
  hub = await startHub(
    { ...loadConfig({}), port: 0, host: '127.0.0.1', databaseUrl: inject('databaseUrl'), demoData: true, jobs: false, dbPoolSize: process.env.DATABASE_URL ? 5 : 1 },
    testLogger,
  );
});
afterAll(() => hub?.stop());

describe('demo start', () => {
  it('gives each coordinator, member and the admin a believable inbox of today, and the outbox its digests (NOT_SENT without SMTP)', async () => {
    const today = todayIn('Asia/Jakarta');
    const counts: Record<string, number> = {};
    let adminToken = '';
    for (const a of hub.demoAccounts) {
      const login = await gql(`mutation { login(email: "${a.email}", password: "${a.password}") { token } }`);
      const token = login.data.login.token as string;
      if (a.role === 'ADMIN') adminToken = token;
      const res = await gql('{ notifications(first: 100) { totalCount unreadCount nodes { kind asOf actionItem { id } commitment { id } agreement { id } referral { id } recommendation { id } } } }', token);
      expect(res.errors).toBeUndefined();
      const n = res.data.notifications;
      counts[a.email] = n.totalCount;
      for (const node of n.nodes) {
        expect(node.asOf <= today).toBe(true);
        // Each notification's record is readable by its recipient: exactly one record field is set.
        expect([node.actionItem, node.commitment, node.agreement, node.referral, node.recommendation].filter(Boolean)).toHaveLength(1);
      }
      expect(n.unreadCount).toBe(n.totalCount);
      if (a.role === 'COORDINATOR' || a.role === 'ADMIN') expect(n.totalCount, a.email).toBeGreaterThan(0);
    }
    // Most member agencies have something to do or answer (two of them have nothing open at all).
    const members = hub.demoAccounts.filter((a) => a.role === 'MEMBER');
    expect(members.filter((a) => counts[a.email] > 0).length).toBeGreaterThanOrEqual(members.length - 2);
    const outbox = await gql('{ emailOutbox(first: 100) { totalCount nodes { to status notificationCount subject } } }', adminToken);
    expect(outbox.data.emailOutbox.totalCount).toBeGreaterThan(5);
    for (const e of outbox.data.emailOutbox.nodes) {
      expect(e.status).toBe('NOT_SENT');
      expect(e.notificationCount).toBe(counts[e.to]);
    }
  });
});
