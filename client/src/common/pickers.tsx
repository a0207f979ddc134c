import { useQuery } from '@apollo/client/react';
import { useI18n } from '../i18n/i18n';
import { SelectField, type Option } from '../ui/form';
import { agencyLabel } from '../ui/badges';
import { AgencyOptionsDocument, NetworkOptionsDocument, ProvincesDocument, RegenciesDocument } from './operations.generated';

export function useProvinceOptions(): { options: Option[]; loading: boolean; error: unknown } {
  const q = useQuery(ProvincesDocument, { fetchPolicy: 'cache-first' });
  return {
    options: (q.data?.provinces ?? []).map((p) => ({ value: p.code, label: p.name })),
    loading: q.loading,
    error: q.error,
  };
}

export function ProvinceSelect({
  value,
  onChange,
  label,
  allLabel,
  error,
  required,
  hint,
}: {
  value: string;
  onChange: (v: string) => void;
  label?: string;
  /** The label of "no province chosen"; without it a province must be chosen. */
  allLabel?: string;
  error?: string;
  required?: boolean;
  hint?: string;
}) {
  const { t } = useI18n();
  const { options } = useProvinceOptions();
  return (
    <SelectField
      label={label ?? t('common.province')}
      value={value}
      onChange={onChange}
      options={options}
      placeholder={allLabel ?? t('form.choose')}
      error={error}
      required={required}
      hint={hint}
    />
  );
}

export interface AgencyOption extends Option {
  sector: string;
  national: boolean;
}

/** Active agencies of a province plus the national bodies, for forms and filters. */
export function useAgencyOptions(provinceCode: string | null | undefined, { includeNational = true } = {}) {
  const { e } = useI18n();
  const q = useQuery(AgencyOptionsDocument, { variables: { provinceCode: provinceCode || null }, fetchPolicy: 'cache-first' });
  const local = q.data?.local.nodes ?? [];
  const national = includeNational ? (q.data?.national.nodes ?? []).filter((n) => !local.some((l) => l.id === n.id)) : [];
  const options: AgencyOption[] = [...local, ...national].map((a) => ({
    value: a.id,
    label: `${agencyLabel(a)} · ${e('Sector', a.sector)}`,
    sector: a.sector,
    national: a.level === 'NATIONAL',
  }));
  return { options, loading: q.loading, error: q.error };
}

export function AgencySelect({
  provinceCode,
  value,
  onChange,
  label,
  allLabel,
  error,
  required,
  hint,
}: {
  provinceCode: string | null | undefined;
  value: string;
  onChange: (v: string) => void;
  label: string;
  allLabel?: string;
  error?: string;
  required?: boolean;
  hint?: string;
}) {
  const { t } = useI18n();
  const { options, loading } = useAgencyOptions(provinceCode);
  return (
    <SelectField
      label={label}
      value={value}
      onChange={onChange}
      options={options}
      placeholder={loading ? t('state.loading') : allLabel ?? t('form.choose')}
      error={error}
      required={required}
      hint={hint}
    />
  );
}

export function useNetworkOptions(provinceCode: string | null | undefined): Option[] {
  const q = useQuery(NetworkOptionsDocument, { variables: { provinceCode: provinceCode || null }, fetchPolicy: 'cache-first' });
  return (q.data?.networks ?? []).map((n) => ({ value: n.id, label: n.name }));
}

export function useRegencyOptions(provinceCode: string | null | undefined): Option[] {
  const q = useQuery(RegenciesDocument, { variables: { code: provinceCode ?? '' }, skip: !provinceCode, fetchPolicy: 'cache-first' });
  return (q.data?.province?.regencies ?? []).map((r) => ({ value: r.code, label: r.name }));
}
