import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../src/common/dates';
import { FollowUpJobs } from '../src/modules/notification/followup.jobs';
import { resetDatabase, startTestHub, testLogger, type TestHub } from './support/harness';
import { buildActionItem, buildAgency, buildCase, buildReferral, buildUser, signIn, type SignedIn } from './support/factories';
import { day, ok, today } from './support/api-helpers';
import { sweep } from './support/followup';
import { startSmtp, type TestSmtp } from './support/smtp';

/**
 * E-mail as followup.md says: digests per EmailFrequency, both languages from one catalogue,
 * links from PUBLIC_URL, no case attributes; delivered to a real SMTP server started here, with
 * growing retries and FAILED when it refuses.
 */
const PUBLIC_URL = 'https://hub.example.org';
const CREATE_ITEM = `mutation($in: CreateActionItemInput!) { createActionItem(input: $in) { id } }`;
const SETTINGS = `mutation($in: NotificationSettingsInput!) { updateNotificationSettings(input: $in) { id } }`;

let t: TestHub;
let smtp: TestSmtp;
let jobs: FollowUpJobs | null = null;

beforeAll(async () => {
  smtp = await startSmtp();
  t = await startTestHub({ smtpUrl: smtp.url, publicUrl: PUBLIC_URL, emailMaxAttempts: 3, emailRetryDelayMs: 300 });
});
afterAll(async () => {
  await jobs?.stop();
  await t?.stop();
  await smtp?.stop();
});

/** The sender of a hub process: pg-boss workers on the test database, without a catch-up sweep. */
async function startJobs() {
  jobs = new FollowUpJobs(t.hub.orm, t.hub.config, testLogger, { pollSeconds: 0.5 });
  await jobs.start({ catchUp: false });
}
afterEach(async () => {
  await jobs?.stop();
  jobs = null;
  smtp.refuse = false;
});

const outbox = () =>
  t.sql.all<{ to: string; status: string; attempts: number; count: number; digestOn: string | null; subject: string }>(
    `select to_address as "to", status, attempts, notification_count as count, to_char(digest_on, 'YYYY-MM-DD') as "digestOn", subject
     from email_outbox order by id`,
  );

async function waitUntil(check: () => Promise<boolean>, ms = 20_000) {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('digests and immediate e-mails', () => {
  let coord: SignedIn;
  let x: { id: number; name: string };
  beforeEach(async () => {
    await resetDatabase(t.sql);
    smtp.received.length = 0;
    coord = await signIn(t, 'COORDINATOR', { provinceCode: '52' });
    x = await buildAgency(t.sql, { provinceCode: '52', name: 'Unit PPA <Polda> & "NTB"' });
  });

  it('DAILY: one e-mail per sweep gathering every notification not yet e-mailed, in Bahasa Indonesia by default, delivered over SMTP', async () => {
    const m = await signIn(t, 'MEMBER', { agencyId: x.id });
    const a = await buildActionItem(t.sql, { agencyId: x.id, dueOn: day(2), title: 'Kunjungan <script>alert(1)</script>' });
    const b = await buildActionItem(t.sql, { agencyId: x.id, dueOn: day(-3), title: 'Laporan triwulan' });
    await startJobs();
    const result = await sweep(t, today());
    expect(result).toMatchObject({ notificationsCreated: 2, emailsQueued: 1 });
    const [mail] = await smtp.waitFor(1);
    expect(mail.to).toEqual([m.user.email]);
    expect(mail.subject).toBe('Pantau Jejaring: 2 pemberitahuan baru');
    expect(mail.text).toContain('Tindak lanjut "Kunjungan <script>alert(1)</script>" (Unit PPA <Polda> & "NTB") jatuh tempo pada');
    expect(mail.text).toContain('Tindak lanjut "Laporan triwulan" (Unit PPA <Polda> & "NTB") telah melewati tenggat');
    expect(mail.text).toContain(`${PUBLIC_URL}/actions/${a.id}`);
    expect(mail.text).toContain(`${PUBLIC_URL}/actions/${b.id}`);
    expect(mail.text).toContain(`Ubah frekuensi atau bahasanya di ${PUBLIC_URL}/settings`);
    // The HTML part escapes everything that came from the data.
    expect(mail.html).toContain('Kunjungan &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).toContain('Unit PPA &lt;Polda&gt; &amp; &quot;NTB&quot;');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain(`<a href="${PUBLIC_URL}/actions/${a.id}">`);
    await waitUntil(async () => (await outbox())[0]?.status === 'SENT');
    expect(await outbox()).toMatchObject([{ to: m.user.email, status: 'SENT', attempts: 1, count: 2, digestOn: today() }]);
    // Nothing new: the next sweep sends nothing.
    expect((await sweep(t, today())).emailsQueued).toBe(0);
  });

  it('English for users who chose it, from the same catalogue', async () => {
    const m = await signIn(t, 'MEMBER', { agencyId: x.id });
    await ok(t, SETTINGS, { in: { language: 'EN' } }, m.token);
    await buildActionItem(t.sql, { agencyId: x.id, dueOn: day(-1), title: 'Quarterly report' });
    await startJobs();
    await sweep(t, today());
    const [mail] = await smtp.waitFor(1);
    expect(mail.subject).toBe('Pantau Jejaring: 1 new notification');
    expect(mail.text).toContain('Action item "Quarterly report" (Unit PPA <Polda> & "NTB") is past its due date of');
    expect(mail.text).toContain(`Change how often or in which language at ${PUBLIC_URL}/settings`);
    expect(mail.parsed.html).toBeTruthy();
  });

  it('IMMEDIATE: a change\'s notification is e-mailed at once; a sweep\'s notifications go together in one e-mail; DAILY and OFF colleagues wait or get nothing', async () => {
    const quick = await signIn(t, 'MEMBER', { agencyId: x.id });
    const daily = await signIn(t, 'MEMBER', { agencyId: x.id });
    const off = await signIn(t, 'MEMBER', { agencyId: x.id });
    await ok(t, SETTINGS, { in: { email: 'IMMEDIATE' } }, quick.token);
    await ok(t, SETTINGS, { in: { email: 'OFF' } }, off.token);
    await startJobs();
    const { createActionItem } = await ok(t, CREATE_ITEM, { in: { agencyId: String(x.id), title: 'Segera', dueOn: day(30) } }, coord.token);
    const [first] = await smtp.waitFor(1);
    expect(first.to).toEqual([quick.user.email]);
    expect(first.subject).toBe('Pantau Jejaring: 1 pemberitahuan baru');
    expect(first.text).toContain(`Tindak lanjut baru untuk Unit PPA <Polda> & "NTB": "Segera", tenggat`);
    expect(first.text).toContain(`${PUBLIC_URL}/actions/${createActionItem.id}`);
    expect((await outbox()).map((e) => [e.to, e.count, e.digestOn])).toEqual([[quick.user.email, 1, null]]);

    await buildActionItem(t.sql, { agencyId: x.id, dueOn: day(1) });
    await buildActionItem(t.sql, { agencyId: x.id, dueOn: day(-1) });
    expect(await sweep(t, today())).toMatchObject({ notificationsCreated: 6, emailsQueued: 2 });
    await smtp.waitFor(3);
    const byTo = Object.fromEntries((await outbox()).slice(1).map((e) => [e.to, e.count]));
    // IMMEDIATE: the two the sweep made; DAILY: those two and the assignment; OFF: nothing.
    expect(byTo).toEqual({ [quick.user.email]: 2, [daily.user.email]: 3 });
  });

  it('WEEKLY: a digest when the last one was made 7 or more days before A, or never: not 6 days later, then 7', async () => {
    const weekly = await signIn(t, 'MEMBER', { agencyId: x.id });
    await ok(t, SETTINGS, { in: { email: 'WEEKLY' } }, weekly.token);
    const A = today();
    await buildActionItem(t.sql, { agencyId: x.id, dueOn: addDays(A, 2) });
    expect((await sweep(t, A)).emailsQueued).toBe(1); // never had one
    await buildActionItem(t.sql, { agencyId: x.id, dueOn: addDays(A, 8) });
    await buildActionItem(t.sql, { agencyId: x.id, dueOn: addDays(A, 9) });
    const six = await sweep(t, addDays(A, 6));
    // Two due soon, and the first one now overdue: three new, none e-mailed 6 days after the last digest.
    expect(six).toMatchObject({ notificationsCreated: 3, emailsQueued: 0 });
    const seven = await sweep(t, addDays(A, 7));
    expect(seven.emailsQueued).toBe(1);
    expect((await outbox()).map((e) => [e.count, e.digestOn])).toEqual([
      [1, A],
      [3, addDays(A, 7)],
    ]);
    expect((await sweep(t, addDays(A, 13))).emailsQueued).toBe(0);
  });

  it('a referral is named by its case code and the referring agency only: no attribute of the case in any e-mail', async () => {
    const m = await signIn(t, 'MEMBER', { agencyId: x.id });
    const from = await buildAgency(t.sql, { provinceCode: '52', name: 'UPTD PPA Kota Mataram' });
    const c = await buildCase(t.sql, {
      provinceCode: '52',
      intakeAgencyId: from.id,
      reportedOn: day(-40),
      issueArea: 'TRAFFICKING',
      victimAgeGroup: 'CHILD_13_17',
      victimSex: 'FEMALE',
      regencyCode: '52.71',
    });
    await buildReferral(t.sql, { caseId: c.id, fromAgencyId: from.id, toAgencyId: x.id, referredOn: day(-20) });
    await ok(t, SETTINGS, { in: { language: 'EN' } }, m.token);
    await startJobs();
    const coordUser = await t.sql.one<{ email: string }>('select email from hub_user where id = $1', [coord.user.id]);
    await sweep(t, today());
    const mails = await smtp.waitFor(1);
    const mail = mails.find((e) => e.to.includes(coordUser.email))!;
    expect(mail.text).toContain(`Rujukan kasus ${c.code} dari UPTD PPA Kota Mataram belum ditanggapi sejak`);
    for (const e of mails) {
      for (const secret of ['TRAFFICKING', 'Trafficking', 'perdagangan', 'CHILD_13_17', '13-17', 'FEMALE', 'perempuan', '52.71', 'Kota Mataram (52']) {
        expect(`${e.subject}\n${e.text}\n${e.html}`.replace(c.code, '').replace(/\d{1,2} \w+ \d{4}/g, '')).not.toContain(secret);
      }
    }
  });
});

describe('sending failures', () => {
  it('retries with growing delays, then FAILED; the user\'s request never fails', async () => {
    await resetDatabase(t.sql);
    smtp.received.length = 0;
    smtp.attempts.length = 0;
    smtp.refuse = true;
    const coord = await signIn(t, 'COORDINATOR', { provinceCode: '52' });
    const x = await buildAgency(t.sql, { provinceCode: '52' });
    const m = await buildUser(t.sql, { role: 'MEMBER', agencyId: x.id });
    await t.sql.run(`insert into notification_setting (user_id, email, language) values ($1, 'IMMEDIATE', 'ID')`, [m.id]);
    await startJobs();
    const res = await t.gql(CREATE_ITEM, { in: { agencyId: String(x.id), title: 'Ditolak server', dueOn: day(30) } }, coord.token);
    expect(res.errors).toBeUndefined();
    await waitUntil(async () => (await outbox())[0]?.status === 'FAILED', 30_000);
    expect(await outbox()).toMatchObject([{ to: m.email, status: 'FAILED', attempts: 3 }]);
    expect(smtp.received).toEqual([]);
    expect(smtp.attempts).toHaveLength(3);
    const [a1, a2, a3] = smtp.attempts;
    // 300 ms before the second attempt, 600 ms before the third (at least; polling adds to it).
    expect(a2 - a1).toBeGreaterThanOrEqual(300);
    expect(a3 - a2).toBeGreaterThanOrEqual(600);
  });
});
