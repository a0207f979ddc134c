import { useI18n } from '../i18n/i18n';
import type { EnumName, EnumValue } from '../i18n/enums';
import type { CaseCount } from '../gql/schema-types';

/** Tone per enum value; text always carries the meaning, colour only supports it. */
const TONES: Partial<Record<EnumName, Record<string, 'good' | 'warn' | 'bad' | 'neutral' | 'info'>>> = {
  ActionStatus: { OPEN: 'info', IN_PROGRESS: 'info', BLOCKED: 'warn', DONE: 'good', CANCELLED: 'neutral' },
  AgreementStatus: { DRAFT: 'neutral', ACTIVE: 'good', EXPIRED: 'warn', TERMINATED: 'neutral' },
  CommitmentStatus: { PLANNED: 'neutral', IN_PROGRESS: 'info', FULFILLED: 'good', LAPSED: 'bad' },
  Priority: { LOW: 'neutral', MEDIUM: 'info', HIGH: 'warn', URGENT: 'bad' },
  ReferralStatus: { PENDING: 'warn', ACCEPTED: 'good', DECLINED: 'bad', COMPLETED: 'good' },
  CaseOutcome: {},
  RecommendationStatus: { AWAITING_RESPONSE: 'warn', RESPONSE_OVERDUE: 'bad', NOT_ACCEPTED: 'neutral', ACCEPTED: 'info', IN_PROGRESS: 'info', IMPLEMENTED: 'good' },
  RecommendationResponse: { ACCEPTED: 'good', PARTIALLY_ACCEPTED: 'info', NOTED: 'neutral' },
};

export function EnumBadge<N extends EnumName>({ name, value }: { name: N; value: EnumValue<N> }) {
  const { e } = useI18n();
  const tone = TONES[name]?.[value as string] ?? 'neutral';
  return <span className={`badge badge-${tone}`}>{e(name, value)}</span>;
}

export function OverdueBadge({ days }: { days?: number | null }) {
  const { t } = useI18n();
  return <span className="badge badge-bad">{days ? t('actions.daysOverdue', { n: days }) : t('common.overdue')}</span>;
}

/**
 * A case count exactly as the server gives it for the viewer: withheld counts say so, rounded ones
 * are marked "≈". The client never works a case figure out of others (docs/metrics.md,
 * "Disclosure control of case figures").
 */
export function CaseCountText({ count }: { count: Pick<CaseCount, 'value' | 'suppressed'> & { rounded?: boolean | null } }) {
  const { t, number } = useI18n();
  if (count.suppressed || count.value === null || count.value === undefined) {
    return (
      <abbr className="suppressed" title={t('cases.suppressedExplain')}>
        {t('cases.suppressed')}
      </abbr>
    );
  }
  if (count.rounded) {
    return (
      <abbr className="rounded" title={t('cases.roundedExplain')} aria-label={t('cases.approx', { n: number(count.value, 0) })}>
        ≈&nbsp;{number(count.value, 0)}
      </abbr>
    );
  }
  return <>{number(count.value, 0)}</>;
}

/**
 * The period the case figures cover, when it is not the chosen one (protected viewers see whole
 * ended months only), and the rules in a sentence when any case figure is rounded or withheld.
 */
export function CasePeriodNote({
  from,
  to,
  caseFrom,
  caseTo,
  protectedFigures,
}: {
  from: string;
  to: string;
  caseFrom: string | null | undefined;
  caseTo: string | null | undefined;
  /** Some case figure shown is rounded or withheld. */
  protectedFigures: boolean;
}) {
  const { t, date } = useI18n();
  const differs = caseFrom !== from || caseTo !== to;
  if (!differs && !protectedFigures) return null;
  return (
    <div className="case-period muted small">
      {differs && <p>{caseFrom && caseTo ? t('cases.period', { from: date(caseFrom), to: date(caseTo) }) : t('cases.periodNone')}</p>}
      <p>{t('cases.rules')}</p>
    </div>
  );
}

/** Whether any of these case counts is rounded or withheld for the viewer. */
export const anyProtected = (counts: ({ suppressed: boolean; rounded?: boolean | null } | null | undefined)[]) =>
  counts.some((c) => !!c && (c.suppressed || !!c.rounded));

export function AgencyName({ agency }: { agency: { name: string; acronym?: string | null } }) {
  return (
    <span>
      {agency.acronym ? (
        <>
          <abbr title={agency.name}>{agency.acronym}</abbr>
          <span className="visually-hidden">, {agency.name}</span>
        </>
      ) : (
        agency.name
      )}
    </span>
  );
}

export function agencyLabel(agency: { name: string; acronym?: string | null }): string {
  return agency.acronym && !agency.name.includes(agency.acronym) ? `${agency.name} (${agency.acronym})` : agency.name;
}
