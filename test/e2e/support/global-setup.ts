import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { apiLogin } from './api';
import { launchBrowser } from './browser';
import type { Account, E2EContext, RoleKey } from './env';

const stateDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../.state');

function pick(accounts: Account[], role: Account['role']): Account {
  const a = accounts.find((x) => x.role === role);
  if (!a) throw new Error(`The hub printed no ${role} demo account`);
  return a;
}

interface MemberProbe {
  me: { agency: { id: string; name: string; province: { code: string } | null } | null };
  actionItems: { nodes: { id: string; viewerCanUpdate: boolean }[] };
}

/**
 * Signs in once per role through the dashboard and saves each session (cookie and
 * language) for the tests to reuse. The member is one whose agency has overdue items it
 * may update, found through the API as that member.
 */
export async function setup(project: TestProject) {
  const baseUrl = process.env.E2E_BASE_URL;
  const raw = process.env.E2E_ACCOUNTS;
  if (!baseUrl || !raw) throw new Error('E2E_BASE_URL and E2E_ACCOUNTS are missing: run the browser tests with `npm run test:e2e`.');
  const all = JSON.parse(raw) as Account[];
  const coordinator = pick(all, 'COORDINATOR');

  let member: { account: Account; agencyId: string; agencyName: string; provinceCode: string } | null = null;
  for (const account of all.filter((a) => a.role === 'MEMBER')) {
    const api = await apiLogin(baseUrl, account.email, account.password);
    const me = await api.gql<Pick<MemberProbe, 'me'>>('{ me { agency { id name province { code } } } }');
    const agency = me.me.agency;
    if (agency?.province) {
      const items = await api.gql<Pick<MemberProbe, 'actionItems'>>(
        'query($a: ID!) { actionItems(filter: { agencyId: $a, overdue: true }, first: 5) { nodes { id viewerCanUpdate } } }',
        { a: agency.id },
      );
      if (items.actionItems.nodes.some((n) => n.viewerCanUpdate)) {
        member = { account, agencyId: agency.id, agencyName: agency.name, provinceCode: agency.province.code };
      }
    }
    await api.logout();
    if (member) break;
  }
  if (!member) throw new Error('No demo MEMBER has an overdue action item to complete');

  const coordApi = await apiLogin(baseUrl, coordinator.email, coordinator.password);
  const coordMe = await coordApi.gql<{ me: { province: { code: string; name: string } } }>('{ me { province { code name } } }');
  await coordApi.logout();

  const accounts: Record<RoleKey, Account> = {
    admin: pick(all, 'ADMIN'),
    oversight: pick(all, 'OVERSIGHT'),
    coordinator,
    member: member.account,
  };

  fs.mkdirSync(stateDir, { recursive: true });
  const statePaths = {} as Record<RoleKey, string>;
  const browser = await launchBrowser();
  try {
    for (const [key, account] of Object.entries(accounts) as [RoleKey, Account][]) {
      const context = await browser.newContext({ baseURL: baseUrl, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
      const page = await context.newPage();
      await page.goto('/login');
      await page.getByLabel('Email').fill(account.email);
      await page.getByLabel('Kata sandi').fill(account.password);
      await page.getByRole('button', { name: 'Masuk' }).click();
      await page.getByRole('navigation', { name: 'Navigasi utama' }).waitFor({ timeout: 30_000 });
      statePaths[key] = path.join(stateDir, `${key}.json`);
      await context.storageState({ path: statePaths[key] });
      await context.close();
    }
  } finally {
    await browser.close();
  }

  const ctx: E2EContext = {
    baseUrl,
    accounts,
    allAccounts: all,
    statePaths,
    member: { agencyId: member.agencyId, agencyName: member.agencyName, provinceCode: member.provinceCode },
    coordinator: { provinceCode: coordMe.me.province.code, provinceName: coordMe.me.province.name },
  };
  project.provide('e2e', ctx);
}
