import { describe, expect, it } from 'vitest';
import { screenshot, useBrowser } from './support/browser';
import { e2e } from './support/env';

const tabs = useBrowser();

/** Signs in through the form in a fresh tab (its own session, so signing out harms no other test). */
async function signIn(role: 'admin' | 'coordinator') {
  const { accounts } = e2e();
  const tab = await tabs.open(null);
  const { page } = tab;
  await page.goto('/');
  await page.getByLabel('Email').fill(accounts[role].email);
  await page.getByLabel('Kata sandi').fill(accounts[role].password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('navigation', { name: 'Navigasi utama' }).waitFor();
  return tab;
}

describe('signing in and out', () => {
  it('shows the sign-in form to a visitor and refuses a wrong password', async () => {
    const { page } = await tabs.open(null);
    await page.goto('/agreements');
    await page.waitForURL('**/login');
    await expect.poll(() => page.getByRole('heading', { name: 'Masuk' }).count()).toBe(1);
    await screenshot(page, 'sign-in');

    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect.poll(() => page.getByText('Wajib diisi').count()).toBe(2);

    await page.getByLabel('Email').fill(e2e().accounts.admin.email);
    await page.getByLabel('Kata sandi').fill('not-the-password');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('alert').filter({ hasText: 'Email atau kata sandi salah.' }).waitFor();
  });

  it('returns to the screen that asked for sign-in', async () => {
    const { accounts } = e2e();
    const { page } = await tabs.open(null);
    await page.goto('/meetings');
    await page.waitForURL('**/login');
    await page.getByLabel('Email').fill(accounts.admin.email);
    await page.getByLabel('Kata sandi').fill(accounts.admin.password);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.waitForURL('**/meetings');
    await page.getByRole('heading', { level: 1, name: 'Rapat koordinasi' }).waitFor();
  });

  it('signs out: the session ends and the sign-in form returns', async () => {
    const { page, context } = await signIn('coordinator');
    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.getByRole('heading', { name: 'Masuk' }).waitFor();
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === 'hub_session')).toBeUndefined();
    await page.goto('/agreements');
    await page.waitForURL('**/login');
  });

  it('an expired or revoked session returns to sign-in with a message', async () => {
    const { page, context } = await signIn('admin');
    await page.getByRole('heading', { level: 1, name: 'Ikhtisar nasional' }).waitFor();
    // Revoke the session on the server but keep the (now useless) cookie in the browser,
    // as happens when a session expires or an administrator ends it.
    const cookies = await context.cookies();
    const res = await context.request.post('/graphql', { data: { query: 'mutation { logout }' } });
    expect(res.ok()).toBe(true);
    await context.addCookies(cookies);

    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Kesepakatan' }).click();
    await page.getByText('Sesi Anda telah berakhir. Silakan masuk kembali.').waitFor();
    expect(await page.getByLabel('Kata sandi').count()).toBe(1);
  });
});

describe('language', () => {
  it('Bahasa Indonesia by default; switching to English changes labels, dates and numbers', async () => {
    const { page } = await tabs.open('admin');
    await page.goto('/agreements');
    const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
    await nav.getByRole('link', { name: 'Kesepakatan' }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Kesepakatan' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    const indonesianDates = await page.getByRole('cell').allInnerTexts();

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Agreements' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const englishNav = page.getByRole('navigation', { name: 'Main navigation' });
    expect(await englishNav.getByRole('link', { name: 'Action items' }).count()).toBe(1);
    expect(await englishNav.getByRole('link', { name: 'Tindak lanjut' }).count()).toBe(0);
    expect(await page.getByRole('columnheader', { name: 'Parties' }).count()).toBe(1);
    // Status labels come from the catalogue too, and month names follow the language.
    const englishDates = await page.getByRole('cell').allInnerTexts();
    expect(englishDates.join(' ')).toMatch(/Active|Draft|Expired|Terminated/);
    expect(englishDates.join(' ')).not.toEqual(indonesianDates.join(' '));

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Agreements' }).waitFor();
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kesepakatan' }).waitFor();
  });
});
