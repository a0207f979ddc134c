import { useCallback, useId, useState, type ReactNode, type SelectHTMLAttributes, type InputHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { useI18n, type I18n, type MessageKey } from '../i18n/i18n';
import { problemOf, type Problem } from '../lib/errors';
import { ErrorNotice } from './states';
import { DateInput } from './date-input';

/** Server messages we know, in the reader's language; anything else is shown as the server wrote it. */
const SERVER_MESSAGES: [RegExp, MessageKey][] = [
  [/required for a provincial or regency agency/i, 'form.provinceRequired'],
  [/required for a regency agency/i, 'form.regencyRequired'],
  [/must be empty for a national agency/i, 'form.emptyForNational'],
  [/not a regency of the given province/i, 'form.regencyOtherProvince'],
  [/same agency twice|more than once/i, 'form.sameAgencyTwice'],
  [/required for NOTED and PARTIALLY_ACCEPTED/i, 'form.noteRequired'],
  [/before issuedOn/i, 'form.beforeIssued'],
  [/active oversight body/i, 'form.notOversightBody'],
  [/only name national agencies/i, 'form.nationalOnly'],
  [/answered ACCEPTED or PARTIALLY_ACCEPTED/i, 'form.recommendationNotAccepted'],
  [/at least one issue area/i, 'form.required'],
  [/inactive agency/i, 'form.inactiveAgency'],
  [/must not be empty|should not be empty|is required$|must be given/i, 'form.required'],
  [/at least two/i, 'form.atLeastTwo'],
  [/at least one agency/i, 'form.atLeastOne'],
  [/NUL characters|unpaired UTF-16 surrogates/i, 'form.badCharacters'],
  [/must not be in the future|must not be after today|after today/i, 'form.notFuture'],
  [/before signedOn/i, 'form.beforeSigned'],
  [/before openedOn/i, 'form.beforeOpened'],
  [/needs a signedOn/i, 'form.needsSigned'],
  [/zero or more/i, 'form.zeroOrMore'],
  [/one of the agreement's parties/i, 'form.notAParty'],
  [/only be set when the status is DONE/i, 'form.onlyWhenDone'],
  [/of another province/i, 'form.otherProvince'],
  [/does not exist|not a known/i, 'form.unknownRecord'],
  [/required for an item of a national agency/i, 'form.provinceForNational'],
  [/at most \d+ characters/i, 'form.tooLong'],
  [/at least 12 characters/i, 'form.password12'],
  [/email/i, 'form.email'],
];

/** The reader's-language version of a field error from the API, when we know its meaning. */
export function translateServerMessage(i18n: I18n, message: string): string {
  if (!message) return i18n.t('form.invalid');
  for (const [re, key] of SERVER_MESSAGES) if (re.test(message)) return i18n.t(key);
  return message;
}

export interface FormErrors {
  /** The message for one input field, if the last attempt was refused because of it. */
  field(name: string): string | undefined;
  /** The refusal that is not about one field (or the summary of a BAD_USER_INPUT). */
  problem: Problem | null;
  error: unknown;
  /** Records an API error; returns true when it was a field-level refusal. */
  set(error: unknown): boolean;
  setLocal(errors: Record<string, string>): void;
  clear(): void;
}

/**
 * Field errors of a form: client-side checks (required fields) and BAD_USER_INPUT answers
 * from the API, whose `extensions.fieldErrors` are keyed by input field name.
 */
export function useFormErrors(): FormErrors {
  const i18n = useI18n();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const problem = problemOf(error);
  const set = useCallback(
    (err: unknown) => {
      const p = problemOf(err);
      setError(err);
      if (p?.code === 'BAD_USER_INPUT') {
        const out: Record<string, string> = {};
        for (const [k, v] of Object.entries(p.fieldErrors)) out[k] = translateServerMessage(i18n, v);
        setFields(out);
        return Object.keys(out).length > 0;
      }
      setFields({});
      return false;
    },
    [i18n],
  );
  return {
    field: (name) => fields[name],
    problem,
    error,
    set,
    setLocal: (errs) => {
      setError(null);
      setFields(errs);
    },
    clear: () => {
      setError(null);
      setFields({});
    },
  };
}

/** The alert at the top of a form after a refused submission. */
export function FormAlert({ errors, fieldLabels }: { errors: FormErrors; fieldLabels?: Record<string, string> }) {
  const { t } = useI18n();
  if (!errors.problem) return null;
  if (errors.problem.code !== 'BAD_USER_INPUT') return <ErrorNotice error={errors.error} />;
  const names = Object.keys(errors.problem.fieldErrors);
  const known = names.filter((n) => fieldLabels?.[n]);
  const unknown = names.filter((n) => !fieldLabels?.[n]);
  return (
    <div className="notice notice-error" role="alert">
      <strong className="notice-title">{t('form.fixErrors')}</strong>
      {known.length > 0 && (
        <ul>
          {known.map((n) => (
            <li key={n}>
              {fieldLabels![n]}: {errors.field(n)}
            </li>
          ))}
        </ul>
      )}
      {(unknown.length > 0 || names.length === 0) && (
        <p className="notice-detail">
          <span className="muted">{t('error.serverSaid')}</span> <span lang="en">{errors.problem.message}</span>
        </p>
      )}
    </div>
  );
}

interface FieldProps {
  label: string;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  children: (props: { id: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string; required?: boolean }) => ReactNode;
  className?: string;
}

/** A labelled control with its hint and error, wired for screen readers. */
export function Field({ label, error, hint, required, children, className }: FieldProps) {
  const { t } = useI18n();
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error !== undefined ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error !== undefined ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <div className="field-label">
        <label htmlFor={id}>{label}</label>
        {required ? (
          <span className="required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : (
          <span className="optional" aria-hidden="true">
            {' '}
            {t('form.optional')}
          </span>
        )}
      </div>
      {hint && (
        <div className="field-hint" id={hintId}>
          {hint}
        </div>
      )}
      {children({ id, 'aria-invalid': error !== undefined || undefined, 'aria-describedby': describedBy, required })}
      {error !== undefined && (
        <div className="field-error" id={errorId}>
          <span aria-hidden="true">⚠ </span>
          {error || t('form.invalid')}
        </div>
      )}
    </div>
  );
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> & {
  value: string;
  onChange: (value: string) => void;
};

export function TextField({ label, error, hint, required, value, onChange, ...rest }: InputProps & { label: string; error?: string; hint?: ReactNode }) {
  // Dates are typed in the chosen language's order (see DateInput), not the browser's.
  if (rest.type === 'date') {
    const { type: _type, ...dateRest } = rest;
    return (
      <Field label={label} error={error} hint={hint} required={required}>
        {(p) => <DateInput {...dateRest} {...p} value={value} onValue={onChange} />}
      </Field>
    );
  }
  return (
    <Field label={label} error={error} hint={hint} required={required}>
      {(p) => <input {...rest} {...p} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}

export function TextAreaField({
  label,
  error,
  hint,
  required,
  value,
  onChange,
  ...rest
}: Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value'> & { label: string; error?: string; hint?: ReactNode; value: string; onChange: (v: string) => void }) {
  return (
    <Field label={label} error={error} hint={hint} required={required}>
      {(p) => <textarea rows={4} {...rest} {...p} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField({
  label,
  error,
  hint,
  required,
  value,
  onChange,
  options,
  placeholder,
  ...rest
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value'> & {
  label: string;
  error?: string;
  hint?: ReactNode;
  value: string;
  onChange: (v: string) => void;
  options: Option[];
  /** The label of the empty choice; without it there is none. */
  placeholder?: string;
}) {
  return (
    <Field label={label} error={error} hint={hint} required={required}>
      {(p) => (
        <select {...rest} {...p} value={value} onChange={(e) => onChange(e.target.value)}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A set of checkboxes in a fieldset, for picking several agencies or issue areas. */
export function CheckboxGroup({
  legend,
  options,
  value,
  onChange,
  error,
  hint,
  required,
  filterable,
}: {
  legend: string;
  options: Option[];
  value: string[];
  onChange: (v: string[]) => void;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  filterable?: boolean;
}) {
  const { t } = useI18n();
  const id = useId();
  const [filter, setFilter] = useState('');
  const shown = filter ? options.filter((o) => o.label.toLowerCase().includes(filter.toLowerCase()) || value.includes(o.value)) : options;
  const toggle = (v: string) => onChange(value.includes(v) ? value.filter((x) => x !== v) : [...value, v]);
  return (
    <fieldset
      className={`field checkbox-group${error !== undefined ? ' field-invalid' : ''}`}
      aria-describedby={error !== undefined ? `${id}-error` : hint ? `${id}-hint` : undefined}
      aria-invalid={error !== undefined || undefined}
    >
      <legend>
        {legend}
        {required ? (
          <span className="required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : (
          <span className="optional"> {t('form.optional')}</span>
        )}
      </legend>
      {hint && (
        <div className="field-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {filterable && options.length > 8 && (
        <input
          type="search"
          className="checkbox-filter"
          aria-label={t('form.filterOptions', { what: legend })}
          placeholder={t('form.filterPlaceholder')}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      )}
      <div className="checkbox-list">
        {shown.map((o) => (
          <label key={o.value} className="checkbox">
            <input type="checkbox" checked={value.includes(o.value)} onChange={() => toggle(o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
        {shown.length === 0 && <span className="muted">{t('state.noOptions')}</span>}
      </div>
      <div className="muted small" aria-live="polite">
        {t('form.selectedCount', { n: value.length })}
      </div>
      {error !== undefined && (
        <div className="field-error" id={`${id}-error`}>
          <span aria-hidden="true">⚠ </span>
          {error || t('form.invalid')}
        </div>
      )}
    </fieldset>
  );
}

/** Empty text becomes null for optional inputs; the API treats blank and absent alike. */
export const orNull = (s: string): string | null => (s.trim() === '' ? null : s.trim());

export function numberOrNull(s: string): number | null {
  if (s.trim() === '') return null;
  const n = Number(s.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}
