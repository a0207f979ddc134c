import type { ReactNode } from 'react';
import type { I18n, MessageKey } from '../../i18n/i18n';
import { CaseCountText } from '../../ui/badges';
import type { NationalOverviewQuery } from './operations.generated';

export type ProvinceRow = NationalOverviewQuery['nationalMetrics']['provinces'][number];

export type MetricKey =
  | 'coordinationIndex'
  | 'activeAgreements'
  | 'expiringAgreements'
  | 'commitmentsOverdue'
  | 'actionsOverdue'
  | 'onTimeCompletionRate'
  | 'casesReported'
  | 'sectorCoverage'
  | 'fulfilmentRate';

export interface MetricDef {
  key: MetricKey;
  label: MessageKey;
  /** What the number counts, for legends and column headers. */
  unit: MessageKey;
  /** The number to sort and colour by; null when there is nothing to show. */
  value(row: ProvinceRow): number | null;
  render(row: ProvinceRow, i18n: I18n): ReactNode;
  /** Which direction is good, for describing the colour scale. */
  better: 'up' | 'down' | 'none';
}

const DEFINED: MetricDef[] = [
  {
    key: 'coordinationIndex',
    label: 'metric.coordinationIndex',
    unit: 'unit.index100',
    value: (r) => r.coordinationIndex,
    render: (r, i) => i.number(r.coordinationIndex, 1),
    better: 'up',
  },
  {
    key: 'activeAgreements',
    label: 'metric.activeAgreements',
    unit: 'unit.agreements',
    value: (r) => r.activeAgreements,
    render: (r, i) => i.number(r.activeAgreements, 0),
    better: 'up',
  },
  {
    key: 'expiringAgreements',
    label: 'metric.expiringAgreements',
    unit: 'unit.agreements',
    value: (r) => r.expiringAgreements,
    render: (r, i) => i.number(r.expiringAgreements, 0),
    better: 'down',
  },
  {
    key: 'commitmentsOverdue',
    label: 'metric.commitmentsOverdue',
    unit: 'unit.commitments',
    value: (r) => r.commitmentsOverdue,
    render: (r, i) => i.number(r.commitmentsOverdue, 0),
    better: 'down',
  },
  {
    key: 'actionsOverdue',
    label: 'metric.actionsOverdue',
    unit: 'unit.actions',
    value: (r) => r.actionsOverdue,
    render: (r, i) => i.number(r.actionsOverdue, 0),
    better: 'down',
  },
  {
    key: 'onTimeCompletionRate',
    label: 'metric.onTimeCompletionRate',
    unit: 'unit.percent',
    value: (r) => r.onTimeCompletionRate,
    render: (r, i) => i.percent(r.onTimeCompletionRate),
    better: 'up',
  },
  {
    key: 'fulfilmentRate',
    label: 'metric.fulfilmentRate',
    unit: 'unit.percent',
    value: (r) => r.fulfilmentRate,
    render: (r, i) => i.percent(r.fulfilmentRate),
    better: 'up',
  },
  {
    key: 'sectorCoverage',
    label: 'metric.sectorCoverage',
    unit: 'unit.percent',
    value: (r) => r.sectorCoverage,
    render: (r, i) => i.percent(r.sectorCoverage),
    better: 'up',
  },
  {
    key: 'casesReported',
    label: 'metric.casesReported',
    unit: 'unit.cases',
    // A withheld count has no value here: nothing about it is inferred (not even where it sorts).
    value: (r) => (r.casesReported.suppressed ? null : r.casesReported.value),
    render: (r) => <CaseCountText count={r.casesReported} />,
    better: 'none',
  },
];

/**
 * A province without data ("Provinces without data" in docs/metrics.md) shows "no data" for
 * every figure, is left out of averages, ranks and colour bins, and sorts last: its zeros
 * mean "nothing recorded yet", not "coordinates badly".
 */
export const METRICS: MetricDef[] = DEFINED.map((m) => ({
  ...m,
  value: (r) => (r.hasData ? m.value(r) : null),
  render: (r, i) => (r.hasData ? m.render(r, i) : i.t('common.noData')),
}));

export const withData = (rows: ProvinceRow[]) => rows.filter((r) => r.hasData);

export const metricByKey = (key: string): MetricDef => METRICS.find((m) => m.key === key) ?? METRICS[0];
