import { useEffect, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { DateInput } from '../ui/date-input';

/** A row of list filters, announced as a search region, with a "clear" button. */
export function ListFilters({ children, onClear, label }: { children: ReactNode; onClear?: () => void; label?: string }) {
  const { t } = useI18n();
  return (
    <div className="filters" role="search" aria-label={label ?? t('filters.label')}>
      {children}
      {onClear && (
        <button type="button" className="btn btn-small btn-link" onClick={onClear}>
          {t('filters.clear')}
        </button>
      )}
    </div>
  );
}

/** A list filter's value and what changes it (`bind(key)` of `useListPage`). */
export interface FilterBinding {
  value: string;
  onChange: (v: string) => void;
}

/** A choice among options, "all" (no filter) first. */
export function FilterSelect({
  label,
  value,
  onChange,
  options,
  allLabel,
}: FilterBinding & {
  label: string;
  options: { value: string; label: string }[];
  /** The label of the empty choice; "Semua" by default. */
  allLabel?: string;
}) {
  const { t } = useI18n();
  return (
    <label className="filter">
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{allLabel ?? t('filters.all')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A date a list is filtered by, typed day first like every date field. */
export function DateFilter({ label, value, onChange }: FilterBinding & { label: string }) {
  return (
    <label className="filter">
      {label}
      <DateInput value={value} onValue={onChange} />
    </label>
  );
}

/**
 * Text a list is searched by, applied when submitted (not on every key), so typing does not
 * send a request per letter. The box follows the filter when it changes elsewhere (cleared,
 * back button).
 */
export function SearchFilter({ label, value, onChange }: FilterBinding & { label: string }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  return (
    <form
      className="filter-form"
      onSubmit={(ev) => {
        ev.preventDefault();
        onChange(draft.trim());
      }}
    >
      <label className="filter">
        {label}
        <input type="search" value={draft} onChange={(ev) => setDraft(ev.target.value)} />
      </label>
      <button type="submit" className="btn btn-small">
        {t('filters.apply')}
      </button>
    </form>
  );
}
