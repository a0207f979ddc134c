import { useCallback, useId, useState, type FormEvent, type ReactNode, type SelectHTMLAttributes, type InputHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import type { FieldError, FieldErrorCode } from '../../../server/src/common/field-error';
import { useI18n, type I18n, type MessageKey } from '../i18n/i18n';
import { problemOf, type Problem } from '../lib/errors';
import { ErrorNotice } from './states';
import { DateInput } from './date-input';

/** Length limits of text fields, the same numbers the server enforces (TOO_LONG). */
export { MAX_LENGTH, MIN_PASSWORD_LENGTH } from '../../../server/src/common/limits';

type Translate = I18n['t'];

/** Messages that depend on a detail of the error (`when`, `after`, `rule`). */
const REQUIRED_BY_WHEN: Record<string, MessageKey> = {
  PROVINCIAL_AGENCY: 'form.provinceRequired',
  REGENCY_AGENCY: 'form.regencyRequired',
  NATIONAL_AGENCY: 'form.provinceForNational',
  PARTIAL_RESPONSE: 'form.noteRequired',
  SIGNED: 'form.needsSigned',
  ROLE: 'form.requiredForRole',
};

const DATE_ORDER_BY_AFTER: Record<string, MessageKey> = {
  signedOn: 'form.beforeSigned',
  openedOn: 'form.beforeOpened',
  issuedOn: 'form.beforeIssued',
  reportedOn: 'form.beforeReported',
  referredOn: 'form.beforeReferred',
};

const NOT_APPLICABLE_BY_WHEN: Record<string, MessageKey> = {
  NATIONAL_AGENCY: 'form.emptyForNational',
  STATUS_DONE: 'form.onlyWhenDone',
  CASE_CLOSED: 'form.onlyWhenClosed',
  ROLE: 'form.notForRole',
};

const RULE_BY_RULE: Record<string, MessageKey> = {
  AGREEMENT_PARTY: 'form.notAParty',
  PARTY_HAS_COMMITMENTS: 'form.partyHasCommitments',
  OVERSIGHT_BODY: 'form.notOversightBody',
  NATIONAL_ONLY: 'form.nationalOnly',
  RECOMMENDATION_ACCEPTED: 'form.recommendationNotAccepted',
  SAME_AGENCY: 'form.sameAgency',
  OWN_ACCOUNT: 'form.ownAccount',
  REFERRAL_STATE: 'form.referralState',
};

/** The message key a detail of a field error selects (`when`, `after`, `rule`), if the table has it. */
const lookup = (table: Record<string, MessageKey>, key: string | undefined): MessageKey | undefined =>
  key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;

/**
 * The reader's-language message of each field error code the API sends (server/src/common/field-error.ts);
 * typed over every code, so a new one fails the type-check until it has its message.
 */
const FIELD_ERROR_MESSAGES: { [C in FieldErrorCode]: (e: FieldError, t: Translate) => string } = {
  REQUIRED: (e, t) => t(lookup(REQUIRED_BY_WHEN, e.when) ?? 'form.required'),
  TOO_LONG: (e, t) => (e.max !== undefined ? t('form.tooLong', { max: e.max }) : t('form.invalid')),
  TOO_SHORT: (e, t) => (e.min !== undefined ? t('form.tooShort', { min: e.min }) : t('form.invalid')),
  OUT_OF_RANGE: (e, t) =>
    e.min !== undefined && e.max !== undefined ? t('form.between', { min: e.min, max: e.max }) : e.min === 0 ? t('form.zeroOrMore') : t('form.invalid'),
  TOO_FEW: (e, t) => (e.min === 1 ? t('form.atLeastOne') : e.min === 2 ? t('form.atLeastTwo') : t('form.tooFew', { min: e.min ?? 1 })),
  INVALID: (_e, t) => t('form.invalid'),
  BAD_CHARACTERS: (_e, t) => t('form.badCharacters'),
  NOT_FOUND: (_e, t) => t('form.unknownRecord'),
  INACTIVE: (_e, t) => t('form.inactiveAgency'),
  OTHER_PROVINCE: (_e, t) => t('form.otherProvince'),
  DATE_ORDER: (e, t) => t(lookup(DATE_ORDER_BY_AFTER, e.after) ?? 'form.dateOrder'),
  FUTURE_DATE: (_e, t) => t('form.notFuture'),
  PERIOD_TOO_LONG: (e, t) => t('form.periodTooLong', { max: e.max ?? 5 }),
  DUPLICATE: (_e, t) => t('form.sameAgencyTwice'),
  TAKEN: (_e, t) => t('form.taken'),
  NOT_APPLICABLE: (e, t) => t(lookup(NOT_APPLICABLE_BY_WHEN, e.when) ?? 'form.invalid'),
  RULE: (e, t) => t(lookup(RULE_BY_RULE, e.rule) ?? 'form.invalid'),
  UNKNOWN_PARAMETER: (_e, t) => t('form.invalid'),
};

/** The reader's-language message of a field error from the API, from its code (never its English message). */
export function fieldErrorMessage(i18n: I18n, e: FieldError): string {
  const message = Object.hasOwn(FIELD_ERROR_MESSAGES, e.code) ? FIELD_ERROR_MESSAGES[e.code] : null;
  return message ? message(e, i18n.t) : i18n.t('form.invalid');
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
  /**
   * The form's onSubmit: stops the browser's own submission; shows the field errors the
   * client-side `check` finds (field name → message) and stops there, or else clears the last
   * refusal and runs `save`, whose API refusal then shows in the form.
   */
  onSubmit(form: { check?: () => Record<string, string>; save: () => Promise<unknown> }): (ev: FormEvent) => Promise<void>;
}

/** `message` for each of the named fields that is blank: empty or only spaces, or an empty list. */
export function blankFields<K extends string>(values: Record<K, string | readonly string[]>, names: readonly K[], message: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names) {
    const value = values[name];
    if (typeof value === 'string' ? !value.trim() : value.length === 0) out[name] = message;
  }
  return out;
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
        for (const [k, v] of Object.entries(p.fieldErrors)) out[k] = fieldErrorMessage(i18n, v);
        setFields(out);
        return Object.keys(out).length > 0;
      }
      setFields({});
      return false;
    },
    [i18n],
  );
  const setLocal = (errs: Record<string, string>) => {
    setError(null);
    setFields(errs);
  };
  return {
    field: (name) => fields[name],
    problem,
    error,
    set,
    setLocal,
    clear: () => setLocal({}),
    onSubmit:
      ({ check, save }) =>
      async (ev) => {
        ev.preventDefault();
        const local = check?.() ?? {};
        setLocal(local);
        if (Object.keys(local).length) return;
        try {
          await save();
        } catch (err) {
          set(err);
        }
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
