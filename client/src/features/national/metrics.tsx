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

type NumericKey = Exclude<MetricKey, 'casesReported'>;

/** A figure of the province row, shown as a count (or with `digits` decimals). */
const figure = (key: NumericKey, unit: MessageKey, better: MetricDef['better'], digits = 0): MetricDef => ({
  key,
  label: `metric.${key}`,
  unit,
  value: (r) => r[key],
  render: (r, i) => i.number(r[key], digits),
  better,
});

/** A 0..1 rate of the province row, shown as a percentage; higher is better. */
const rate = (key: NumericKey): MetricDef => ({ ...figure(key, 'unit.percent', 'up'), render: (r, i) => i.percent(r[key]) });

const DEFINED: MetricDef[] = [
  figure('coordinationIndex', 'unit.index100', 'up', 1),
  figure('activeAgreements', 'unit.agreements', 'up'),
  figure('expiringAgreements', 'unit.agreements', 'down'),
  figure('commitmentsOverdue', 'unit.commitments', 'down'),
  figure('actionsOverdue', 'unit.actions', 'down'),
  rate('onTimeCompletionRate'),
  rate('fulfilmentRate'),
  rate('sectorCoverage'),
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
