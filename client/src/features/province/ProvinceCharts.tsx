import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import { enumValues } from '../../i18n/enums';
import type { CommitmentStatus } from '../../gql/schema-types';
import { ChartFrame } from '../../ui/chart-frame';
import { Bars } from '../../ui/charts';
import { PALETTE } from '../../ui/palette';
import { CaseCountText, agencyLabel } from '../../ui/badges';
import { ErrorNotice, Loading } from '../../ui/states';
import type { Collected } from '../../lib/collect';
import ActionTrendChart, { type ActionTrendPoint } from '../../charts/ActionTrendChart';

type Count = { value: number | null; suppressed: boolean; rounded?: boolean | null };

export interface ProvinceChartsProps {
  trend: { points: ActionTrendPoint[] | null; error: unknown; range: { from: string; to: string } };
  commitments: Collected<{ status: CommitmentStatus; agency: { id: string; name: string; acronym: string | null } }>;
  byIssueArea: { issueArea: string; count: Count }[];
  byOutcome: { outcome: string; count: Count }[];
  current: { medianDaysToFirstService: number | null; referralAcceptanceRate: number | null };
  previous: { medianDaysToFirstService: number | null; referralAcceptanceRate: number | null } | null;
}

const COMMITMENT_COLOURS: Record<CommitmentStatus, string> = {
  PLANNED: PALETTE.sky,
  IN_PROGRESS: PALETTE.blue,
  FULFILLED: PALETTE.green,
  LAPSED: PALETTE.vermillion,
};

function Pending({ collected, children }: { collected: Collected<unknown>; children: () => ReactNode }) {
  if (collected.loading) return <Loading />;
  if (collected.error) return <ErrorNotice error={collected.error} />;
  return <>{children()}</>;
}

export default function ProvinceCharts(props: ProvinceChartsProps) {
  const i18n = useI18n();
  const { t, e, number, percent } = i18n;
  const { trend, commitments, byIssueArea, byOutcome, current, previous } = props;
  const statuses = enumValues('CommitmentStatus') as CommitmentStatus[];

  // Commitments by status per agency
  const perAgency = new Map<string, { agency: string } & Record<CommitmentStatus, number>>();
  for (const c of commitments.nodes) {
    const row = perAgency.get(c.agency.id) ?? { agency: c.agency.acronym ?? c.agency.name, PLANNED: 0, IN_PROGRESS: 0, FULFILLED: 0, LAPSED: 0 };
    row[c.status] += 1;
    perAgency.set(c.agency.id, row);
  }
  const agencyRows = [...perAgency.values()].sort((a, b) => statuses.reduce((s, k) => s + b[k] - a[k], 0) || a.agency.localeCompare(b.agency));
  const agencyFull = new Map(commitments.nodes.map((c) => [c.agency.acronym ?? c.agency.name, agencyLabel(c.agency)]));

  const issueRows = byIssueArea.map((r) => ({ label: e('IssueArea', r.issueArea as never), value: r.count.suppressed ? null : r.count.value, count: r.count }));
  const outcomeRows = byOutcome.map((r) => ({ label: e('CaseOutcome', r.outcome as never), value: r.count.suppressed ? null : r.count.value, count: r.count }));
  const anyWithheld = (rows: { count: Count }[]) => rows.some((r) => r.count.suppressed || r.count.rounded);

  // Case figures are drawn as the server gives them, never worked out from case records.
  const comparison = (pick: (m: ProvinceChartsProps['current']) => number | null) => [
    { label: t('chart.previousPeriod'), value: previous ? pick(previous) : null },
    { label: t('chart.thisPeriod'), value: pick(current) },
  ];

  return (
    <div className="chart-grid">
      {trend.error ? (
        <ErrorNotice error={trend.error} />
      ) : trend.points ? (
        <ActionTrendChart
          points={trend.points}
          title={t('province.chart.actionStatus')}
          description={t('trend.range', { from: i18n.month(trend.range.from), to: i18n.month(trend.range.to) })}
        />
      ) : (
        <Loading />
      )}

      <Pending collected={commitments}>
        {() => (
          <ChartFrame
            title={t('province.chart.commitmentsByAgency')}
            units={t('province.chart.commitmentsUnits')}
            description={commitments.truncated ? t('common.truncated') : undefined}
            empty={agencyRows.length === 0 ? t('province.chart.noCommitments') : null}
            table={{
              columns: [t('common.agency'), ...statuses.map((s) => e('CommitmentStatus', s))],
              rows: agencyRows.map((r) => [agencyFull.get(r.agency) ?? r.agency, ...statuses.map((s) => number(r[s], 0))]),
            }}
          >
            <Bars
              data={agencyRows}
              categoryKey="agency"
              horizontal
              stacked
              categoryLabel={t('common.agency')}
              valueLabel={t('unit.commitments')}
              categoryWidth={110}
              series={statuses.map((s) => ({ key: s, label: e('CommitmentStatus', s), color: COMMITMENT_COLOURS[s] }))}
            />
          </ChartFrame>
        )}
      </Pending>

      <ChartFrame
        title={t('province.chart.casesByIssue')}
        units={t('province.chart.casesUnits')}
        description={anyWithheld(issueRows) ? t('chart.withheldNote') : undefined}
        table={{ columns: [t('common.issueArea'), t('unit.cases')], rows: issueRows.map((r) => [r.label, <CaseCountText key="c" count={r.count} />]) }}
      >
        <Bars data={issueRows} categoryKey="label" horizontal categoryLabel={t('common.issueArea')} valueLabel={t('unit.cases')} categoryWidth={150} series={[{ key: 'value', label: t('unit.cases'), color: PALETTE.blue }]} />
      </ChartFrame>

      <ChartFrame
        title={t('province.chart.casesByOutcome')}
        units={t('province.chart.casesUnits')}
        description={anyWithheld(outcomeRows) ? t('chart.withheldNote') : undefined}
        table={{ columns: [t('common.outcome'), t('unit.cases')], rows: outcomeRows.map((r) => [r.label, <CaseCountText key="c" count={r.count} />]) }}
      >
        <Bars data={outcomeRows} categoryKey="label" horizontal categoryLabel={t('common.outcome')} valueLabel={t('unit.cases')} categoryWidth={150} series={[{ key: 'value', label: t('unit.cases'), color: PALETTE.orange }]} />
      </ChartFrame>

      <ChartFrame
        title={t('province.chart.daysToService')}
        units={t('province.chart.medianUnits')}
        description={t('province.chart.aggregateOnly')}
        empty={current.medianDaysToFirstService === null && !previous?.medianDaysToFirstService ? t('province.chart.notEnough') : null}
        table={{ columns: [t('common.period'), t('metric.medianDaysToFirstService')], rows: comparison((m) => m.medianDaysToFirstService).map((r) => [r.label, number(r.value, 1)]) }}
      >
        <Bars data={comparison((m) => m.medianDaysToFirstService)} categoryKey="label" categoryLabel={t('common.period')} valueLabel={t('unit.days')} series={[{ key: 'value', label: t('metric.medianDaysToFirstService'), color: PALETTE.green }]} />
      </ChartFrame>

      <ChartFrame
        title={t('province.chart.referralAcceptance')}
        units={t('unit.percent')}
        description={t('province.chart.acceptanceIs', { rate: percent(current.referralAcceptanceRate), before: percent(previous?.referralAcceptanceRate) })}
        empty={current.referralAcceptanceRate === null && !previous?.referralAcceptanceRate ? t('province.chart.notEnough') : null}
        table={{ columns: [t('common.period'), t('metric.referralAcceptanceRate')], rows: comparison((m) => m.referralAcceptanceRate).map((r) => [r.label, percent(r.value)]) }}
      >
        <Bars
          data={comparison((m) => m.referralAcceptanceRate)}
          categoryKey="label"
          categoryLabel={t('common.period')}
          valueLabel={t('unit.percent')}
          valueDomain={[0, 1]}
          valueFormat={(v) => percent(v)}
          series={[{ key: 'value', label: t('metric.referralAcceptanceRate'), color: PALETTE.blue }]}
        />
      </ChartFrame>
    </div>
  );
}
