import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config';
import { EMAIL_CATALOGUE, fill } from '../src/modules/notification/email/catalogue';
import { renderEmail } from '../src/modules/notification/email/render';
import { Language, NotificationKind } from '../src/modules/notification/notification.enums';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
}

describe('follow-up configuration', () => {
  it('defaults: no SMTP (e-mails stay NOT_SENT), links to http://localhost:<PORT>, the sweep at 07:00', () => {
    const c = loadConfig({ PORT: '8080' });
    expect(c).toMatchObject({ smtpUrl: null, publicUrl: 'http://localhost:8080', followUpAt: '07:00' });
    expect(c.smtpFrom).toContain('@');
  });

  it('accepts good values', () => {
    const c = loadConfig({ SMTP_URL: 'smtps://user:secret@mail.example.org:465', SMTP_FROM: 'Hub <hub@example.org>', PUBLIC_URL: 'https://hub.example.org/', FOLLOWUP_AT: '18:30' });
    expect(c).toMatchObject({ smtpUrl: 'smtps://user:secret@mail.example.org:465', smtpFrom: 'Hub <hub@example.org>', publicUrl: 'https://hub.example.org', followUpAt: '18:30' });
  });

  it('reports every bad value, without showing a password', () => {
    const p = problems({ SMTP_URL: 'http://user:secret@mail.example.org', SMTP_FROM: 'nobody', PUBLIC_URL: 'ftp://x', FOLLOWUP_AT: '7:00' });
    expect(p).toHaveLength(4);
    expect(p.join('\n')).not.toContain('secret');
    expect(problems({ FOLLOWUP_AT: '24:00' })).toHaveLength(1);
    expect(problems({ FOLLOWUP_AT: '07:60' })).toHaveLength(1);
  });
});

describe('the e-mail catalogue', () => {
  it('has every kind in both languages, each a whole sentence with the same placeholders', () => {
    for (const kind of Object.values(NotificationKind)) {
      const id = EMAIL_CATALOGUE[Language.ID].item[kind];
      const en = EMAIL_CATALOGUE[Language.EN].item[kind];
      expect(id && en, kind).toBeTruthy();
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(id), kind).toEqual(names(en));
      expect(id.trim().endsWith('.'), kind).toBe(true);
    }
    expect(() => fill('{missing}', {})).toThrow();
  });

  it('caps a digest and points to the inbox for the rest', () => {
    const items = Array.from({ length: 53 }, (_, i) => ({
      id: i,
      kind: NotificationKind.ACTION_OVERDUE,
      title: `Item ${i}`,
      agency: 'A',
      date: '2026-12-01',
      path: `/actions/${i}`,
    }));
    const mail = renderEmail(items, Language.EN, 'https://hub.example.org');
    expect(mail.subject).toBe('Pantau Jejaring: 53 new notifications');
    expect(mail.text).toContain('And 3 more notifications in your inbox: https://hub.example.org/notifications');
    expect(mail.text).toContain('1 December 2026');
    expect(renderEmail(items.slice(0, 1), Language.ID, 'https://hub.example.org').text).toContain('1 Desember 2026');
  });
});
