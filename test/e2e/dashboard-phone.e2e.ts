import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { revealAll, settled, useBrowser } from './support/browser';
import { e2e, type RoleKey } from './support/env';

/**
 * Issue 14 on a phone (390 × 844): chart labels that never overlap, and tap targets of at
 * least 44 × 44 CSS px for every control of the main screens of every role.
 */

const tabs = useBrowser();

interface Overlap {
  chart: string;
  a: string;
  b: string;
}

/**
 * Every pair of labels drawn on the same chart whose boxes intersect: the tick labels of
 * both axes and the axis titles. Returns how many labels were looked at, so an empty chart
 * cannot pass by having none.
 */
async function overlappingLabels(page: Page): Promise<{ charts: number; labels: number; overlaps: Overlap[] }> {
  return page.evaluate(() => {
    const overlaps: { chart: string; a: string; b: string }[] = [];
    let labels = 0;
    const figures = [...document.querySelectorAll('figure.chart')].filter((f) => f.querySelector('svg.recharts-surface'));
    for (const figure of figures) {
      const title = figure.querySelector('.chart-title')?.textContent ?? '?';
      const found = new Set(figure.querySelectorAll('svg.recharts-surface .recharts-cartesian-axis-tick-label text, svg.recharts-surface .recharts-cartesian-axis-tick text, svg.recharts-surface text.recharts-label'));
      const texts = [...found]
        .map((el) => ({ text: el.textContent ?? '', box: el.getBoundingClientRect() }))
        .filter((t) => t.text.trim() !== '' && t.box.width > 0 && t.box.height > 0);
      labels += texts.length;
      for (let i = 0; i < texts.length; i++)
        for (let j = i + 1; j < texts.length; j++) {
          const a = texts[i].box;
          const b = texts[j].box;
          // Touching edges are fine; any area in common is an overlap.
          if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)
            overlaps.push({ chart: title, a: texts[i].text, b: texts[j].text });
        }
    }
    return { charts: figures.length, labels, overlaps };
  });
}

describe('chart labels on a phone (390 × 844)', () => {
  it("no two labels of the province dashboard's charts overlap", async () => {
    const { coordinator } = e2e();
    const { page } = await tabs.open('coordinator', 'phone');
    await page.goto(`/provinces/${coordinator.provinceCode}`);
    await page.locator('.kpi').first().waitFor();
    await settled(page);
    await revealAll(page);
    await page.waitForFunction(() => document.querySelectorAll('figure.chart svg.recharts-surface').length >= 3, undefined, { timeout: 30_000 });
    const result = await overlappingLabels(page);
    expect(result.charts).toBeGreaterThanOrEqual(3);
    expect(result.labels).toBeGreaterThan(10);
    expect(result.overlaps).toEqual([]);
  });

  it("no two labels of the national overview's trend overlap", async () => {
    const { page } = await tabs.open('admin', 'phone');
    await page.goto('/national');
    await settled(page);
    await revealAll(page);
    await page.waitForFunction(() => document.querySelectorAll('figure.chart svg.recharts-surface').length >= 1, undefined, { timeout: 30_000 });
    const result = await overlappingLabels(page);
    expect(result.labels).toBeGreaterThan(5);
    expect(result.overlaps).toEqual([]);
  });
});

interface SmallTarget {
  screen: string;
  control: string;
  width: number;
  height: number;
}

/**
 * The visible controls of the page smaller than 44 × 44 px. A checkbox or radio button counts
 * with its label (the label is where it is tapped). Left out, as WCAG 2.5.5 allows: links
 * inside a sentence (an inline link whose parent has text of its own), and what is not shown
 * (visually hidden, such as the skip link until it takes the focus).
 */
async function smallTargets(page: Page, screen: string, exempted: string[]): Promise<SmallTarget[]> {
  const { found, inline } = await page.evaluate(() => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="tab"], [role="checkbox"], [role="combobox"], [tabindex]:not([tabindex="-1"])';
    const out: { control: string; width: number; height: number }[] = [];
    const inline: string[] = [];
    const describe = (el: Element) => {
      const name = (el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      const type = el instanceof HTMLInputElement ? `[type=${el.type}]` : '';
      const cls = el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      return `${el.tagName.toLowerCase()}${type}${cls} "${name}"`;
    };
    const inSentence = (el: Element) => {
      if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
      const parent = el.parentElement;
      if (!parent) return false;
      return [...parent.childNodes].some((n) => n !== el && n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
    };
    for (const el of document.querySelectorAll(selector)) {
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      let box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      // Visually hidden (clipped to a pixel) until focused.
      if (box.width <= 1 || box.height <= 1) continue;
      if (el.closest('[aria-hidden="true"]')) continue;
      if (inSentence(el)) {
        inline.push(describe(el));
        continue;
      }
      if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
        const label = el.closest('label') ?? (el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null);
        if (label) {
          const l = label.getBoundingClientRect();
          const left = Math.min(box.left, l.left);
          const top = Math.min(box.top, l.top);
          box = new DOMRect(left, top, Math.max(box.right, l.right) - left, Math.max(box.bottom, l.bottom) - top);
        }
      }
      // Half a pixel of rounding (rem-based sizes) is not a smaller target.
      if (box.width < 43.5 || box.height < 43.5) out.push({ control: describe(el), width: Math.round(box.width * 10) / 10, height: Math.round(box.height * 10) / 10 });
    }
    return { found: out, inline };
  });
  exempted.push(...inline.map((i) => `${screen}: ${i}`));
  return found.map((f) => ({ screen, ...f }));
}

const ROLES: RoleKey[] = ['admin', 'coordinator', 'oversight', 'member'];
const LISTS_WITH_DETAIL = ['/agreements', '/meetings', '/actions', '/cases', '/agencies', '/networks', '/recommendations'];

describe('tap targets on a phone (390 × 844)', () => {
  for (const role of ROLES) {
    it(`every control on the main screens of the ${role} is at least 44 × 44 px`, async () => {
      const { page } = await tabs.open(role, 'phone');
      await page.goto('/');
      const menu = page.getByRole('button', { name: 'Menu' });
      await menu.waitFor();
      await settled(page);
      const found: SmallTarget[] = [];
      const exempted: string[] = [];
      // The navigation, opened from the menu button.
      await menu.click();
      const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
      await nav.getByRole('link').first().waitFor();
      found.push(...(await smallTargets(page, `${new URL(page.url()).pathname} (menu open)`, exempted)));
      const screens = await nav.getByRole('link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      await menu.click();
      expect(screens.length).toBeGreaterThan(4);
      // The screens of the navigation, then one record of each list and the forms the lists offer.
      const queue = [...screens];
      for (let i = 0; i < queue.length; i++) {
        const screen = queue[i];
        await page.goto(screen);
        await page.locator('#page-title').waitFor();
        await settled(page);
        found.push(...(await smallTargets(page, new URL(page.url()).pathname, exempted)));
        if (LISTS_WITH_DETAIL.includes(screen)) {
          const links = await page
            .getByRole('main')
            .locator(`a[href^="${screen}/"]`)
            .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
          const detail = links.find((h) => !h.endsWith('/new') && !h.endsWith('/edit'));
          if (detail) queue.push(detail);
          if (links.includes(`${screen}/new`)) queue.push(`${screen}/new`);
        }
      }
      if (exempted.length) console.log(`[tap targets] ${role}: links inside a sentence, exempt as WCAG 2.5.5 allows:\n  ${[...new Set(exempted)].join('\n  ')}`);
      const lines = found.map((f) => `${f.screen}: ${f.control} ${f.width}×${f.height}`);
      expect(lines).toEqual([]);
    }, 600_000);
  }
});
