import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useI18n, type I18n } from '../../i18n/i18n';
import { Field } from '../../ui/form';
import { ErrorNotice } from '../../ui/states';
import { agencyLabel } from '../../ui/badges';
import { AgencySearchDocument, type AgencyHitFragment } from './operations.generated';

export type AgencyHit = AgencyHitFragment;

const SHOWN = 20;
const MIN_SEARCH = 2;
const DEBOUNCE_MS = 250;

/** Where an agency sits: its regency and province, or "National". */
export function agencyPlace(a: Pick<AgencyHit, 'province' | 'regency'>, t: I18n['t']): string {
  return [a.regency?.name, a.province?.name].filter(Boolean).join(', ') || t('common.national');
}

function useDebounced(value: string, ms: number): string {
  const [v, setV] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setV(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return v;
}

/**
 * Picks one active agency from the whole directory (national bodies and every province),
 * as an ARIA combobox: type part of a name or acronym, move with the arrow keys, choose with
 * Enter or a click. Before anything is typed it lists the agencies of `nearProvince` (or the
 * national bodies), the usual choices.
 *
 * With `value` the chosen agency is shown with a "Change" button instead of the search box;
 * without it (adding to a list) the box empties after each choice.
 */
export function AgencyPicker({
  label,
  hint,
  error,
  required,
  value,
  onPick,
  onClear,
  nearProvince,
  excludeIds = [],
}: {
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  value?: AgencyHit | null;
  onPick: (agency: AgencyHit) => void;
  /** Called by "Change" on a chosen agency. */
  onClear?: () => void;
  /** The province whose agencies are listed before anything is typed. */
  nearProvince?: { code: string; name: string } | null;
  /** Agencies already chosen, left out of the list. */
  excludeIds?: string[];
}) {
  const { t, e } = useI18n();
  const listId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  /** The highlighted option, by agency: results arriving later must not move it to another agency. */
  const [activeId, setActiveId] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const change = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  const search = useDebounced(text.trim(), DEBOUNCE_MS);
  const searching = search.length >= MIN_SEARCH;

  const q = useQuery(AgencySearchDocument, {
    skip: !open,
    variables: {
      filter: searching
        ? { search, active: true }
        : nearProvince
          ? { provinceCode: nearProvince.code, active: true }
          : { level: 'NATIONAL', active: true },
      first: SHOWN + excludeIds.length,
    },
  });
  const data = q.data ?? q.previousData;
  const nodes = data?.agencies.nodes ?? [];
  // While the answer for the latest text is on its way, the earlier results are narrowed
  // to what is typed (as the API matches: part of the name or acronym), so what is shown,
  // and what Enter picks, always fits the text.
  const typed = text.trim().toLowerCase();
  const fits = (a: AgencyHit) => typed.length < MIN_SEARCH || a.name.toLowerCase().includes(typed) || !!a.acronym?.toLowerCase().includes(typed);
  const options = nodes.filter((a) => !excludeIds.includes(a.id) && fits(a)).slice(0, SHOWN);
  // Matches in the whole directory, less those already chosen.
  const total = (data?.agencies.totalCount ?? 0) - nodes.filter((a) => excludeIds.includes(a.id)).length;
  const stale = !q.data || text.trim() !== search;
  const active = activeId ? options.findIndex((a) => a.id === activeId) : -1;

  // After a choice the focus stays in the box (adding to a list) or moves to "Change";
  // after "Change" it returns to the box.
  useEffect(() => {
    const target = value ? change.current : input.current;
    if (refocus.current && target) {
      refocus.current = false;
      target.focus();
    }
  });

  useEffect(() => {
    if (active >= 0) document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, listId]);

  const pick = (a: AgencyHit) => {
    onPick(a);
    setText('');
    setOpen(false);
    setActiveId(null);
    refocus.current = true;
  };
  const move = (step: 1 | -1) => {
    if (options.length === 0) return;
    const next = active < 0 ? (step === 1 ? 0 : options.length - 1) : Math.min(Math.max(active + step, 0), options.length - 1);
    setActiveId(options[next].id);
  };

  const onKeyDown = (ev: KeyboardEvent<HTMLInputElement>) => {
    switch (ev.key) {
      case 'ArrowDown':
        ev.preventDefault();
        if (!open) setOpen(true);
        else move(1);
        break;
      case 'ArrowUp':
        ev.preventDefault();
        if (open) move(-1);
        break;
      case 'Enter':
        // Never submits the surrounding form from the search box.
        ev.preventDefault();
        if (open && active >= 0 && options[active]) pick(options[active]);
        else if (open && options.length === 1 && !stale) pick(options[0]);
        else setOpen(true);
        break;
      case 'Escape':
        if (open) {
          ev.preventDefault();
          setOpen(false);
          setActiveId(null);
        } else if (text) {
          ev.preventDefault();
          setText('');
        }
        break;
    }
  };

  if (value) {
    const labelId = `${listId}-label`;
    const errorId = `${listId}-error`;
    return (
      <div
        className={`field${error !== undefined ? ' field-invalid' : ''}`}
        role="group"
        aria-labelledby={labelId}
        aria-describedby={error !== undefined ? errorId : undefined}
      >
        <div className="field-label">
          <span id={labelId} className="label-text">
            {label}
          </span>
          {required && (
            <span className="required" aria-hidden="true">
              {' '}
              *
            </span>
          )}
        </div>
        <div className="picked">
          <span>
            <strong>{agencyLabel(value)}</strong>
            <span className="muted small">
              {' '}
              · {e('Sector', value.sector)} · {agencyPlace(value, t)}
            </span>
          </span>
          <button
            type="button"
            ref={change}
            className="btn btn-small"
            onClick={() => {
              refocus.current = true;
              onClear?.();
            }}
          >
            {t('picker.change')}
            <span className="visually-hidden">: {label}</span>
          </button>
        </div>
        {error !== undefined && (
          <div className="field-error" id={errorId}>
            <span aria-hidden="true">⚠ </span>
            {error || t('form.invalid')}
          </div>
        )}
      </div>
    );
  }

  const heading = searching ? t('picker.results') : nearProvince ? t('picker.ofProvince', { province: nearProvince.name }) : t('picker.national');

  return (
    <Field label={label} error={error} hint={hint ?? t('picker.hint')} required={required} className="combo">
      {(p) => (
        <div className="combo-box">
          <input
            {...p}
            ref={input}
            type="text"
            role="combobox"
            autoComplete="off"
            aria-autocomplete="list"
            aria-expanded={open}
            aria-controls={listId}
            aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
            placeholder={t('picker.placeholder')}
            value={text}
            onChange={(ev) => {
              setText(ev.target.value);
              setActiveId(null);
              setOpen(true);
            }}
            onFocus={() => setOpen(true)}
            onClick={() => setOpen(true)}
            onBlur={() => setOpen(false)}
            onKeyDown={onKeyDown}
          />
          {/* Pressing inside the list (an option, its scroll bar) keeps the focus in the box. */}
          <div className="combo-popup" hidden={!open} onMouseDown={(ev) => ev.preventDefault()}>
            <div className="combo-heading muted small">{heading}</div>
            {q.error && !data ? (
              <ErrorNotice error={q.error} retry={() => void q.refetch()} compact />
            ) : !data ? (
              <div className="combo-state muted">
                <span className="spinner" aria-hidden="true" />
                {t('state.loading')}
              </div>
            ) : options.length === 0 && !stale ? (
              <div className="combo-state muted">{t('picker.none')}</div>
            ) : null}
            <ul id={listId} role="listbox" aria-label={label} className={`combo-list${stale ? ' combo-stale' : ''}`}>
              {options.map((a, i) => (
                <li
                  key={a.id}
                  id={`${listId}-${i}`}
                  role="option"
                  aria-selected={i === active}
                  className={i === active ? 'combo-option combo-active' : 'combo-option'}
                  onClick={() => pick(a)}
                >
                  <span className="combo-name">{agencyLabel(a)}</span>
                  <span className="muted small">
                    {e('Sector', a.sector)} · {agencyPlace(a, t)}
                  </span>
                </li>
              ))}
            </ul>
            {data && !stale && total > options.length && <div className="combo-heading muted small">{t('picker.more', { shown: options.length, total })}</div>}
          </div>
          <div className="visually-hidden" role="status" aria-live="polite">
            {open && data && !stale ? (options.length ? t('picker.count', { n: total }) : t('picker.none')) : ''}
          </div>
        </div>
      )}
    </Field>
  );
}
