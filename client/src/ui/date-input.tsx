import { useEffect, useState, type InputHTMLAttributes } from 'react';
import { useI18n } from '../i18n/i18n';
import { isIsoDate } from '../lib/dates';

/**
 * A calendar date typed in the chosen language's order, day first (dd/mm/yyyy in Bahasa
 * Indonesia and British English alike), and shown back in words ("8 Des 2025").
 *
 * Why not a native date input: Chromium lays its date field out in the browser's own locale
 * (the UI language it was started with), not the page's `lang` or the language chosen here,
 * so an English-US browser shows mm/dd/yyyy next to text that reads "8 Des 2025". Setting
 * `<html lang>` does not change that; a text field with our own parser does.
 *
 * Accepts d/m/yyyy with / - . or space as separators, and ISO yyyy-mm-dd (what other tools
 * paste). `onValue` receives the ISO date, or '' while the text is empty or not a date.
 */
export function parseDayFirst(text: string): string | null {
  const s = text.trim();
  if (!s) return null;
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const dmy = /^(\d{1,2})[/.\-\s](\d{1,2})[/.\-\s](\d{4})$/.exec(s);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dmy) [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  else return null;
  const out = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (!isIsoDate(out)) return null;
  // Reject 31/02/2026 and the like, which Date would roll over into March.
  const back = new Date(`${out}T00:00:00Z`);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() + 1 !== m || back.getUTCDate() !== d) return null;
  return out;
}

export function formatDayFirst(iso: string): string {
  if (!isIsoDate(iso)) return '';
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'type'> & {
  value: string;
  onValue: (iso: string) => void;
};

export function DateInput({ value, onValue, min, max, 'aria-describedby': describedBy, id, ...rest }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [text, setText] = useState(() => formatDayFirst(value));
  // A value set from outside (a preset, a reset) replaces what is typed.
  useEffect(() => {
    setText((current) => (parseDayFirst(current) === value || (!value && parseDayFirst(current) === null && current.trim() !== '') ? current : formatDayFirst(value)));
  }, [value]);
  const parsed = parseDayFirst(text);
  const invalid = text.trim() !== '' && parsed === null;
  const outOfRange = parsed !== null && ((typeof min === 'string' && min && parsed < min) || (typeof max === 'string' && max && parsed > max));
  const noteId = id ? `${id}-date` : undefined;
  return (
    <span className="date-input">
      <input
        {...rest}
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('date.placeholder')}
        value={text}
        aria-invalid={rest['aria-invalid'] || invalid || outOfRange || undefined}
        aria-describedby={[describedBy, noteId].filter(Boolean).join(' ') || undefined}
        onChange={(e) => {
          setText(e.target.value);
          onValue(parseDayFirst(e.target.value) ?? '');
        }}
        onBlur={(e) => {
          if (parsed) setText(formatDayFirst(parsed));
          rest.onBlur?.(e);
        }}
      />
      <span className="date-note small muted" id={noteId} aria-live="polite">
        {invalid ? t('date.invalid') : outOfRange ? t('date.outOfRange') : parsed ? i18n.date(parsed) : t('date.format')}
      </span>
    </span>
  );
}
