import { useI18n, type MessageKey } from '../../i18n/i18n';
import { KpiCard } from '../../ui/kpi';
import { CaseCountText, CasePeriodNote, anyProtected } from '../../ui/badges';
import type { ProvinceKpisFragment } from './operations.generated';

type NumericKey = {
  [K in keyof ProvinceKpisFragment]: ProvinceKpisFragment[K] extends number | null ? K : never;
}[keyof ProvinceKpisFragment];

interface KpiDef {
  key: NumericKey;
  label: MessageKey;
  kind: 'count' | 'rate' | 'index' | 'days';
  better: 'up' | 'down' | 'none';
  hint?: MessageKey;
  /** A case figure: shown as the server gives it, with no change computed against the previous period. */
  caseFigure?: boolean;
  /** The list behind the figure, for the province `code` and the period. */
  list?: (code: string, period: { from: string; to: string }) => string;
}

const KPIS: KpiDef[] = [
  { key: 'coordinationIndex', label: 'metric.coordinationIndex', kind: 'index', better: 'up', hint: 'kpi.hint.coordinationIndex' },
  { key: 'activeAgreements', label: 'metric.activeAgreements', kind: 'count', better: 'up', list: (c) => `/agreements?province=${c}&status=ACTIVE` },
  { key: 'expiringAgreements', label: 'metric.expiringAgreements', kind: 'count', better: 'down', hint: 'kpi.hint.expiring', list: (c) => `/agreements?province=${c}&expiring=90` },
  { key: 'sectorCoverage', label: 'metric.sectorCoverage', kind: 'rate', better: 'up', hint: 'kpi.hint.sectorCoverage' },
  { key: 'crossSectorPartnerships', label: 'metric.crossSectorPartnerships', kind: 'count', better: 'up' },
  { key: 'meetingsHeld', label: 'metric.meetingsHeld', kind: 'count', better: 'up', list: (c, p) => `/meetings?province=${c}&from=${p.from}&to=${p.to}` },
  { key: 'commitmentsOverdue', label: 'metric.commitmentsOverdue', kind: 'count', better: 'down' },
  { key: 'fulfilmentRate', label: 'metric.fulfilmentRate', kind: 'rate', better: 'up' },
  { key: 'actionsOpen', label: 'metric.actionsOpen', kind: 'count', better: 'none', list: (c) => `/actions?province=${c}` },
  { key: 'actionsOverdue', label: 'metric.actionsOverdue', kind: 'count', better: 'down', list: (c) => `/actions?province=${c}&overdue=1` },
  { key: 'actionsDoneInPeriod', label: 'metric.actionsDoneInPeriod', kind: 'count', better: 'up' },
  { key: 'onTimeCompletionRate', label: 'metric.onTimeCompletionRate', kind: 'rate', better: 'up' },
  { key: 'medianDaysToFirstService', label: 'metric.medianDaysToFirstService', kind: 'days', better: 'down', caseFigure: true },
  { key: 'referralAcceptanceRate', label: 'metric.referralAcceptanceRate', kind: 'rate', better: 'up', caseFigure: true },
  { key: 'multiSectorCaseRate', label: 'metric.multiSectorCaseRate', kind: 'rate', better: 'up', caseFigure: true },
];

/**
 * The period's figures, each with its change against the previous period of the same length;
 * case figures as the server gives them for the viewer (rounded or withheld for protected
 * viewers), with no change computed from them, and their case period when it differs.
 */
export function ProvinceKpis({
  current,
  previous,
  code,
  period,
}: {
  current: ProvinceKpisFragment;
  previous: ProvinceKpisFragment | null;
  code: string;
  period: { from: string; to: string };
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const casesNow = current.casesReported;
  return (
    <>
    <div className="kpi-grid">
      {KPIS.map((k) => {
        const v = current[k.key];
        const p = previous && !k.caseFigure ? previous[k.key] : null;
        const value =
          k.kind === 'rate' ? i18n.percent(v) : k.kind === 'index' ? i18n.number(v, 1) : k.kind === 'days' ? i18n.number(v, 1) : i18n.number(v, 0);
        const format =
          k.kind === 'rate' ? (d: number) => t('kpi.pp', { n: i18n.signed(d * 100, 0) }) : k.kind === 'days' ? (d: number) => t(Math.abs(d) === 1 ? 'kpi.day' : 'kpi.days', { n: i18n.signed(d, 1) }) : undefined;
        return (
          <KpiCard
            key={k.key}
            label={t(k.label)}
            value={value}
            unit={v !== null && k.kind === 'days' ? t(v === 1 ? 'unit.day' : 'unit.days') : v !== null && k.kind === 'index' ? t('unit.of100') : undefined}
            current={v}
            previous={p}
            better={k.better}
            format={format}
            hint={k.hint ? t(k.hint) : undefined}
            to={k.list?.(code, period)}
          />
        );
      })}
      <KpiCard label={t('metric.casesReported')} value={<CaseCountText count={casesNow} />} current={null} previous={null} better="none" />
    </div>
    <CasePeriodNote
      from={period.from}
      to={period.to}
      caseFrom={current.caseFrom}
      caseTo={current.caseTo}
      protectedFigures={anyProtected([casesNow])}
    />
    </>
  );
}
