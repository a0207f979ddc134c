import { addDays } from '../../common/dates';
import { AgreementStatus } from '../../common/enums';
import { asDate, column } from '../../common/status-sql';

/** The fields the status rule reads: what a record needs for agreementStatus. */
export const AGREEMENT_STATUS_READS = ['signedOn', 'expiresOn', 'terminatedOn'] as const;
type StatusInput = Record<(typeof AGREEMENT_STATUS_READS)[number], string | null>;

/**
 * Status as of a day, from the dates alone (metrics.md, "Agreements"): DRAFT when not
 * (yet) signed, TERMINATED from terminatedOn, EXPIRED after expiresOn, ACTIVE otherwise.
 */
export function agreementStatus(a: StatusInput, asOf: string): AgreementStatus {
  if (!a.signedOn || a.signedOn > asOf) return AgreementStatus.DRAFT;
  if (a.terminatedOn && a.terminatedOn <= asOf) return AgreementStatus.TERMINATED;
  if (a.expiresOn && a.expiresOn < asOf) return AgreementStatus.EXPIRED;
  return AgreementStatus.ACTIVE;
}

/** The same rule in SQL, for filters and aggregates; `asOf` is a placeholder or date literal. */
export function agreementStatusSql(alias: string, asOf: string): string {
  return `(case when ${alias}.signed_on is null or ${alias}.signed_on > ${asOf}::date then 'DRAFT'
    when ${alias}.terminated_on <= ${asOf}::date then 'TERMINATED'
    when ${alias}.expires_on < ${asOf}::date then 'EXPIRED' else 'ACTIVE' end)`;
}

/** ACTIVE as of a day: signed on or before it, not terminated on or before it, not expired before it. */
export function agreementIsActive(a: StatusInput, asOf: string): boolean {
  return agreementStatus(a, asOf) === AgreementStatus.ACTIVE;
}

/**
 * The same as a condition, in the form an index on signed_on serves (the metrics' rollups):
 * `alias` is the agreement alias ('' for a rollup's own columns). Null rather than false for
 * an agreement never signed, so only for WHERE and FILTER clauses, never under NOT.
 */
export function agreementActiveSql(alias: string, asOf: string): string {
  const d = asDate(asOf);
  return `${column(alias, 'signed_on')} <= ${d}
    and not coalesce(${column(alias, 'terminated_on')} <= ${d}, false) and not coalesce(${column(alias, 'expires_on')} < ${d}, false)`;
}

/** How many days ahead an ACTIVE agreement counts as expiring (metrics.md expiringAgreements, followup.md AGREEMENT_EXPIRING). */
export const EXPIRING_DAYS = 90;

/** Expiring as of a day: ACTIVE, with asOf < expiresOn <= asOf + `days`. */
export function agreementIsExpiring(a: StatusInput, asOf: string, days = EXPIRING_DAYS): boolean {
  return agreementIsActive(a, asOf) && !!a.expiresOn && a.expiresOn > asOf && a.expiresOn <= addDays(asOf, days);
}

/**
 * The expiry half of the same rule in SQL, asOf < expires_on <= `until` (a placeholder or date
 * literal; asOf + EXPIRING_DAYS when not given), for rows known to be ACTIVE already;
 * agreementExpiringSql is the whole rule.
 */
export function expiresWithinSql(alias: string, asOf: string, until?: string): string {
  const expiresOn = column(alias, 'expires_on');
  const end = until === undefined ? `${asDate(asOf)} + ${EXPIRING_DAYS}` : asDate(until);
  return `${expiresOn} > ${asDate(asOf)} and ${expiresOn} <= ${end}`;
}

export function agreementExpiringSql(alias: string, asOf: string, until?: string): string {
  return `${agreementStatusSql(alias, asOf)} = 'ACTIVE' and ${expiresWithinSql(alias, asOf, until)}`;
}
