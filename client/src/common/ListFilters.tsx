import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

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

export function FilterSelect({
  label,
  value,
  onChange,
  options,
  allLabel,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  options: { value: string; label: string }[];
  allLabel: string;
}) {
  return (
    <label className="filter">
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
