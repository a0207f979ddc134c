import { Language, NotificationKind } from '../notification.enums';
import { EMAIL_CATALOGUE, fill } from './catalogue';

/** One notification as an e-mail shows it. */
export interface EmailItem {
  id: number | string;
  kind: NotificationKind;
  title: string;
  agency: string | null;
  date: string | null;
  /** Dashboard path of the record, e.g. /actions/12. */
  path: string;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** A digest lists this many notifications and points to the inbox for the rest. */
export const MAX_ITEMS_PER_EMAIL = 50;

/** Paths of the dashboard's inbox and settings pages. */
export const INBOX_PATH = '/notifications';
export const SETTINGS_PATH = '/settings';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const TITLE_MAX = 140;
const shorten = (s: string) => (s.length > TITLE_MAX ? `${s.slice(0, TITLE_MAX - 1)}…` : s);

const dateFormats: Record<Language, Intl.DateTimeFormat> = {
  [Language.ID]: new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  [Language.EN]: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

export function formatDay(day: string | null, language: Language): string {
  if (!day) return '-';
  return dateFormats[language].format(new Date(`${day}T00:00:00Z`));
}

/**
 * One e-mail (plain text and a simple HTML part, every value escaped) listing `items` in the
 * recipient's language, with links from `publicUrl`, ending with how to change the settings.
 */
export function renderEmail(items: EmailItem[], language: Language, publicUrl: string): RenderedEmail {
  const m = EMAIL_CATALOGUE[language];
  const base = publicUrl.replace(/\/+$/, '');
  const shown = items.slice(0, MAX_ITEMS_PER_EMAIL);
  const rest = items.length - shown.length;
  const subject = items.length === 1 ? m.subjectOne : fill(m.subjectMany, { count: items.length });
  const lines = shown.map((it) => {
    const values = { title: shorten(it.title), agency: it.agency ?? '-', date: formatDay(it.date, language) };
    return { sentence: fill(m.item[it.kind], values), url: `${base}${it.path}`, values };
  });
  const inboxUrl = `${base}${INBOX_PATH}`;
  const settingsUrl = `${base}${SETTINGS_PATH}`;

  const text = [
    m.intro,
    '',
    ...lines.flatMap((l) => [`- ${l.sentence}`, `  ${fill(m.open, { url: l.url })}`]),
    ...(rest > 0 ? ['', fill(m.more, { count: rest, url: inboxUrl })] : []),
    '',
    fill(m.inbox, { url: inboxUrl }),
    '',
    '--',
    fill(m.settings, { url: settingsUrl }),
    '',
  ].join('\n');

  /** A message as HTML: the template and every value escaped, URLs as links. */
  const html_ = (message: string, values: Record<string, string | number>) =>
    escapeHtml(message).replace(/\{(\w+)\}/g, (_, name: string) => {
      const v = String(values[name]);
      return name === 'url' ? `<a href="${escapeHtml(v)}">${escapeHtml(v)}</a>` : escapeHtml(v);
    });
  const html = [
    `<!doctype html><html lang="${language === Language.ID ? 'id' : 'en'}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>`,
    `<p>${escapeHtml(m.intro)}</p>`,
    '<ul>',
    ...lines.map((l, i) => `<li>${html_(m.item[shown[i].kind], l.values)}<br>${html_(m.open, { url: l.url })}</li>`),
    '</ul>',
    ...(rest > 0 ? [`<p>${html_(m.more, { count: rest, url: inboxUrl })}</p>`] : []),
    `<p>${html_(m.inbox, { url: inboxUrl })}</p>`,
    `<hr><p><small>${html_(m.settings, { url: settingsUrl })}</small></p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}

