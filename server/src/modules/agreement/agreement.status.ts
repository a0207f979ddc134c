import { AgreementStatus } from '../../common/enums';

/**
 * Status as of a day, from the dates alone (metrics.md, "Agreements"): DRAFT when not
 * (yet) signed, TERMINATED from terminatedOn, EXPIRED after expiresOn, ACTIVE otherwise.
 */
export function agreementStatus(
  a: { signedOn: string | null; expiresOn: string | null; terminatedOn: string | null },
  asOf: string,
): AgreementStatus {
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
