import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { settled, useBrowser } from './support/browser';
import type { RoleKey } from './support/env';

/**
 * axe-core (WCAG 2.1 A and AA rules) on every screen each role reaches: the screens of its
 * navigation, the first record of every list, the forms it is offered, at desktop width and on
 * a phone. Zero violations expected; a failure lists the rule, the screen and the elements.
 */

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const tabs = useBrowser();

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

async function axe(page: Page): Promise<Violation[]> {
  // Evaluated through the DevTools protocol: the hub's CSP (script-src 'self') rightly refuses an inline script tag.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const w = window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<{ violations: Violation[] }> } };
    const result = await w.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  }, TAGS);
}

const LISTS_WITH_DETAIL = ['/agreements', '/meetings', '/actions', '/cases', '/agencies', '/networks'];

/** The paths of the screens a role reaches: its navigation, one record of each list, its forms. */
async function screensOf(page: Page): Promise<string[]> {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Navigasi utama' }).waitFor();
  await settled(page);
  const nav = await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const out = new Set<string>([new URL(page.url()).pathname, ...nav]);
  for (const list of LISTS_WITH_DETAIL.filter((l) => nav.includes(l))) {
    await page.goto(list);
    await settled(page);
    const links = await page
      .getByRole('main')
      .locator(`a[href^="${list}/"]`)
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const detail = links.find((h) => !h.endsWith('/new'));
    if (detail) out.add(detail);
    const create = links.find((h) => h.endsWith('/new'));
    if (create) out.add(create);
  }
  return [...out].filter((p) => p !== '/province');
}

const ROLES: RoleKey[] = ['admin', 'coordinator', 'oversight', 'member'];

describe('accessibility (axe, WCAG 2.1 AA)', () => {
  it('the sign-in page has no violations, on a desktop and on a phone', async () => {
    for (const viewport of ['desktop', 'phone'] as const) {
      const tab = await tabs.open(null, viewport);
      await tab.page.goto('/login');
      await tab.page.getByRole('button', { name: 'Masuk' }).waitFor();
      const violations = await axe(tab.page);
      await tab.close();
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
      expect(tab.errors).toEqual([]);
    }
  });

  for (const role of ROLES) {
    it(`every screen of the ${role} has no violations, on a desktop and on a phone`, async () => {
      const found: { screen: string; viewport: string; violation: Violation }[] = [];
      const tab = await tabs.open(role, 'desktop');
      const screens = await screensOf(tab.page);
      await tab.close();
      expect(screens.length).toBeGreaterThan(4);
      for (const viewport of ['desktop', 'phone'] as const) {
        const t = await tabs.open(role, viewport);
        // On the phone: the screens of the navigation and one record of each kind (forms
        // share their controls with the desktop run).
        for (const screen of viewport === 'phone' ? screens.filter((s) => !s.endsWith('/new')) : screens) {
          await t.page.goto(screen);
          await t.page.locator('#page-title').waitFor();
          await settled(t.page);
          for (const violation of await axe(t.page)) found.push({ screen, viewport, violation });
        }
        await t.close();
        expect(t.errors).toEqual([]);
      }
      const summary = found.map((f) => `${f.viewport} ${f.screen}: ${f.violation.id} (${f.violation.impact}) ${f.violation.help}\n    ${f.violation.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`);
      expect(summary).toEqual([]);
    }, 300_000);
  }
});
