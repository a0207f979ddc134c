import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { messages, type MessageKey } from './messages';
import { enumLabels, type EnumName, type EnumValue } from './enums';

export type Lang = 'id' | 'en';
export const LANGS: Lang[] = ['id', 'en'];
const LOCALES: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };
const STORAGE_KEY = 'hub.lang';

export type Vars = Record<string, string | number>;

export interface I18n {
  lang: Lang;
  locale: string;
  setLang(lang: Lang): void;
  /** A label from the catalogue, with {placeholders} filled in (numbers in the locale's style). */
  t(key: MessageKey, vars?: Vars): string;
  /** The label of an API enum value. */
  e<N extends EnumName>(name: N, value: EnumValue<N>): string;
  date(iso: string | null | undefined): string;
  dateTime(iso: string | null | undefined): string;
  month(iso: string): string;
  monthShort(iso: string): string;
  number(n: number | null | undefined, maxFractionDigits?: number): string;
  /** A 0..1 rate as a percentage. */
  percent(rate: number | null | undefined, maxFractionDigits?: number): string;
  /** A signed change, e.g. "+3" or "−1,5". */
  signed(n: number, maxFractionDigits?: number): string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLang(): Lang {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'id' || stored === 'en') return stored;
  } catch {
    // storage can be unavailable (private mode); the default applies
  }
  return 'id';
}

const DASH = '–';

export function makeI18n(lang: Lang, setLang: (l: Lang) => void): I18n {
  const locale = LOCALES[lang];
  const idx = lang === 'id' ? 0 : 1;
  const dateFmt = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const dateTimeFmt = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const monthFmt = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const monthShortFmt = new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const numberFmts = new Map<number, Intl.NumberFormat>();
  const numberFmt = (digits: number) => {
    let f = numberFmts.get(digits);
    if (!f) numberFmts.set(digits, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })));
    return f;
  };
  const percentFmts = new Map<number, Intl.NumberFormat>();
  const percentFmt = (digits: number) => {
    let f = percentFmts.get(digits);
    if (!f) percentFmts.set(digits, (f = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits })));
    return f;
  };
  const plural = new Intl.PluralRules(locale);
  const t = (key: MessageKey, vars?: Vars) => {
    const text: string = messages[key]?.[idx] ?? key;
    if (!vars) return text;
    // {n|one form|other form}: "#" stands for the number; Indonesian needs only one form.
    return text
      .replace(/\{(\w+)\|([^|}]*)\|([^}]*)\}/g, (m, name: string, one: string, other: string) => {
        const v = vars[name];
        if (typeof v !== 'number') return m;
        return (plural.select(v) === 'one' ? one : other).replace('#', numberFmt(1).format(v));
      })
      .replace(/\{(\w+)\}/g, (m, name: string) => {
        const v = vars[name];
        if (v === undefined) return m;
        return typeof v === 'number' ? numberFmt(1).format(v) : v;
      });
  };
  return {
    lang,
    locale,
    setLang,
    t,
    e: (name, value) => {
      const table = enumLabels[name] as Record<string, readonly [string, string]>;
      return table[value as string]?.[idx] ?? String(value);
    },
    date: (iso) => (iso ? dateFmt.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)) : DASH),
    dateTime: (iso) => (iso ? dateTimeFmt.format(new Date(iso)) : DASH),
    month: (iso) => monthFmt.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)),
    monthShort: (iso) => monthShortFmt.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)),
    number: (n, digits = 1) => (n === null || n === undefined ? DASH : numberFmt(digits).format(n)),
    percent: (r, digits = 0) => (r === null || r === undefined ? DASH : percentFmt(digits).format(r)),
    signed: (n, digits = 1) => {
      const s = numberFmt(digits).format(Math.abs(n));
      return n > 0 ? `+${s}` : n < 0 ? `−${s}` : s;
    },
  };
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback((l: Lang) => {
    setLangState(l);
    try {
      localStorage.setItem(STORAGE_KEY, l);
    } catch {
      // not persisted; the choice still applies to this visit
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo(() => makeI18n(lang, setLang), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}

export type { MessageKey };
