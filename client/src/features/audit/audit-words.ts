import type { I18n, MessageKey } from '../../i18n/i18n';
import { messages } from '../../i18n/messages';
import type { EnumName } from '../../i18n/enums';

/**
 * The audit trail in words: a changed field's label, and its values as a person reads them
 * (enum labels, dates in the chosen language, yes/no), instead of the API's identifiers.
 */

/** Which enum a field's values belong to; `status` depends on the record. */
const FIELD_ENUMS: Record<string, EnumName> = {
  priority: 'Priority',
  sector: 'Sector',
  level: 'AgencyLevel',
  kind: 'AgreementKind',
  issueArea: 'IssueArea',
  issueAreas: 'IssueArea',
  role: 'Role',
  outcome: 'CaseOutcome',
  victimAgeGroup: 'AgeGroup',
  victimSex: 'Sex',
  serviceType: 'ServiceType',
  membershipRole: 'MembershipRole',
};
const STATUS_ENUMS: Record<string, EnumName> = {
  ActionItem: 'ActionStatus',
  Agreement: 'AgreementStatus',
  Commitment: 'CommitmentStatus',
  Referral: 'ReferralStatus',
};

export function fieldLabel(i18n: I18n, field: string): string {
  const key = `audit.field.${field}`;
  if (key in messages) return i18n.t(key as MessageKey);
  // Not in the catalogue: the identifier in words ("targetValue" → "target value").
  return field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

export function valueInWords(i18n: I18n, entityType: string, field: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return '–';
  if (Array.isArray(v)) return v.length === 0 ? '–' : v.map((x) => valueInWords(i18n, entityType, field, x)).join(', ');
  if (typeof v === 'boolean') return i18n.t(v ? 'audit.yes' : 'audit.no');
  if (typeof v === 'number') return i18n.number(v, 2);
  if (typeof v === 'string') {
    if (field === 'password') return i18n.t('audit.passwordChanged');
    const enumName = field === 'status' ? STATUS_ENUMS[entityType] : FIELD_ENUMS[field];
    if (enumName) return i18n.e(enumName, v as never);
    if (ISO_DATE.test(v)) return i18n.date(v);
    if (ISO_DATE_TIME.test(v)) return i18n.dateTime(v);
    return v;
  }
  if (typeof v === 'object') {
    return Object.entries(v as Record<string, unknown>)
      .map(([k, x]) => `${fieldLabel(i18n, k)}: ${valueInWords(i18n, entityType, k, x)}`)
      .join('; ');
  }
  return String(v);
}
