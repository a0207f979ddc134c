import { useState, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import { enumOptions } from '../../ui/enum-options';
import type { AgencyLevel, Sector } from '../../gql/schema-types';
import { FormAlert, SelectField, TextField, orNull, type FormErrors, MAX_LENGTH } from '../../ui/form';
import { ProvinceSelect, useRegencyOptions } from '../../common/pickers';
import { FormActions } from '../../ui/form-actions';

export interface AgencyValues {
  name: string;
  acronym: string;
  sector: string;
  level: string;
  provinceCode: string;
  regencyCode: string;
}

export const EMPTY_AGENCY: AgencyValues = { name: '', acronym: '', sector: '', level: '', provinceCode: '', regencyCode: '' };

/** The new agency as the API expects it: a national agency has no place, a province agency no regency. */
export function createAgencyInput(v: AgencyValues) {
  const level = v.level as AgencyLevel;
  return {
    name: v.name.trim(),
    acronym: orNull(v.acronym),
    sector: v.sector as Sector,
    level,
    provinceCode: level === 'NATIONAL' ? null : v.provinceCode || null,
    regencyCode: level === 'REGENCY' ? v.regencyCode || null : null,
  };
}

/**
 * Adding and editing an agency. Name, sector and level are checked here; where the agency
 * sits (a province for PROVINCE and REGENCY, a regency of it for REGENCY) is checked by the
 * API and its answer shown at the field. Level and place cannot change after creation, so
 * the edit form shows them as text (`place`).
 */
export function AgencyForm({
  mode,
  initial,
  lockedProvince,
  allowNational,
  place,
  errors,
  saving,
  onSubmit,
  onCancel,
}: {
  mode: 'create' | 'edit';
  initial: AgencyValues;
  /** The coordinator's own province: preset and not changeable. */
  lockedProvince?: { code: string; name: string } | null;
  /** Only an administrator adds national agencies. */
  allowNational: boolean;
  /** Edit: the fixed level and place, shown as text. */
  place?: ReactNode;
  errors: FormErrors;
  saving: boolean;
  onSubmit: (v: AgencyValues) => void;
  onCancel: () => void;
}) {
  const { t, e } = useI18n();
  const [v, setV] = useState<AgencyValues>(lockedProvince ? { ...initial, provinceCode: lockedProvince.code } : initial);
  const regencies = useRegencyOptions(mode === 'create' && v.level === 'REGENCY' ? v.provinceCode : null);
  const labels: Record<string, string> = {
    name: t('directory.agencyName'),
    acronym: t('directory.acronym'),
    sector: t('common.sector'),
    level: t('directory.level'),
    provinceCode: t('common.province'),
    regencyCode: t('cases.regency'),
  };
  const levels = enumOptions('AgencyLevel', e).filter((l) => allowNational || l.value !== 'NATIONAL');

  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    const local: Record<string, string> = {};
    if (!v.name.trim()) local.name = t('form.required');
    if (!v.sector) local.sector = t('form.required');
    if (mode === 'create' && !v.level) local.level = t('form.required');
    if (Object.keys(local).length) {
      errors.setLocal(local);
      return;
    }
    onSubmit(v);
  };

  const title = mode === 'create' ? t('directory.addAgency') : t('directory.editAgency');
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={title}>
      <FormAlert errors={errors} fieldLabels={labels} />
      <div className="form-row">
        <TextField
          label={labels.name}
          required
          value={v.name}
          onChange={(name) => setV({ ...v, name })}
          error={errors.field('name')}
          hint={mode === 'create' ? t('directory.agencyNameHint') : undefined}
          maxLength={MAX_LENGTH.title}
        />
        <TextField label={labels.acronym} value={v.acronym} onChange={(acronym) => setV({ ...v, acronym })} error={errors.field('acronym')} hint={t('directory.acronymHint')} maxLength={MAX_LENGTH.acronym} />
      </div>
      <div className="form-row">
        <SelectField
          label={labels.sector}
          required
          value={v.sector}
          onChange={(sector) => setV({ ...v, sector })}
          options={enumOptions('Sector', e)}
          placeholder={t('form.choose')}
          error={errors.field('sector')}
        />
        {mode === 'create' && (
          <SelectField
            label={labels.level}
            required
            value={v.level}
            onChange={(level) => setV({ ...v, level, regencyCode: level === 'REGENCY' ? v.regencyCode : '' })}
            options={levels}
            placeholder={t('form.choose')}
            error={errors.field('level')}
            hint={allowNational ? undefined : t('directory.levelHintCoordinator')}
          />
        )}
      </div>
      {mode === 'create' && v.level !== 'NATIONAL' && (
        <div className="form-row">
          {lockedProvince ? (
            <TextField label={labels.provinceCode} value={lockedProvince.name} onChange={() => {}} readOnly required hint={t('directory.provinceFixed')} error={errors.field('provinceCode')} />
          ) : (
            <ProvinceSelect value={v.provinceCode} onChange={(provinceCode) => setV({ ...v, provinceCode, regencyCode: '' })} required error={errors.field('provinceCode')} hint={t('directory.provinceHint')} />
          )}
          {v.level === 'REGENCY' && (
            <SelectField
              label={labels.regencyCode}
              required
              value={v.regencyCode}
              onChange={(regencyCode) => setV({ ...v, regencyCode })}
              options={regencies}
              placeholder={v.provinceCode ? t('form.choose') : t('directory.regencyChooseProvince')}
              disabled={!v.provinceCode}
              error={errors.field('regencyCode')}
              hint={t('directory.regencyHint')}
            />
          )}
        </div>
      )}
      {mode === 'edit' && place}
      <FormActions busy={saving} submitLabel={mode === 'create' ? t('directory.saveAgency') : t('action.save')} onCancel={onCancel} />
    </form>
  );
}
