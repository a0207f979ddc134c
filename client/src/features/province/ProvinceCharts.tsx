import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import { enumValues } from '../../i18n/enums';
import type { CommitmentStatus, ReferralStatus } from '../../gql/schema-types';
import { ChartFrame } from '../../ui/chart-frame';
import { Bars } from '../../ui/charts';
import { PALETTE } from '../../ui/palette';
import { CaseCountText, agencyLabel } from '../../ui/badges';
import { ErrorNotice, Loading } from '../../ui/states';
import { daysBetween } from '../../lib/dates';
import type { Collected } from '../../lib/collect';
import ActionTrendChart, { type ActionTrendPoint } from '../../charts/ActionTrendChart';

type Count = { value: number | null; suppressed: boolean };

export interface ProvinceChartsProps {
  trend: { points: ActionTrendPoint[] | null; error: unknown; range: { from: string; to: string } };
  commitments: Collected<{ status: CommitmentStatus; agency: { id: string; name: string; acronym: string | null } }>;
  byIssueArea: { issueArea: string; count: Count }[];
  byOutcome: { outcome: string; count: Count }[];
  /** Individual cases, when the viewer may read them; null otherwise. */
  cases: Collected<{ reportedOn: string; firstServiceOn: string | null; referrals: { status: ReferralStatus }[] }> | null;
  current: { medianDaysToFirstService: number | null; referralAcceptanceRate: number | null };
  previous: { medianDaysToFirstService: number | null; referralAcceptanceRate: number | null } | null;
}

const COMMITMENT_COLOURS: Record<CommitmentStatus, string> = {
  PLANNED: PALETTE.sky,
  IN_PROGRESS: PALETTE.blue,
  FULFILLED: PALETTE.green,
  LAPSED: PALETTE.vermillion,
};

const REFERRAL_COLOURS: Record<ReferralStatus, string> = {
  PENDING: PALETTE.orange,
  ACCEPTED: PALETTE.green,
  DECLINED: PALETTE.vermillion,
  COMPLETED: PALETTE.blue,
};

const SERVICE_BUCKETS: [number, number][] = [
  [0, 0],
  [1, 2],
  [3, 7],
  [8, 14],
  [15, 30],
  [31, Infinity],
];

function Pending({ collected, children }: { collected: Collected<unknown>; children: () => ReactNode }) {
  if (collected.loading) return <Loading />;
  if (collected.error) return <ErrorNotice error={collected.error} />;
  return <>{children()}</>;
}

export default function ProvinceCharts(props: ProvinceChartsProps) {
  const i18n = useI18n();
  const { t, e, number, percent } = i18n;
  const { trend, commitments, byIssueArea, byOutcome, cases, current, previous } = props;
  const statuses = enumValues('CommitmentStatus') as CommitmentStatus[];
  const refStatuses = enumValues('ReferralStatus') as ReferralStatus[];

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
  const anyWithheld = (rows: { count: Count }[]) => rows.some((r) => r.count.suppressed);

  // Days to first service, from the cases themselves
  const serviceRows = SERVICE_BUCKETS.map(([lo, hi]) => ({
    // Short labels on the axis (its title gives the unit); full ones in the table.
    label: hi === Infinity ? `> ${lo - 1}` : lo === hi ? `${lo}` : `${lo}–${hi}`,
    long: hi === Infinity ? t('chart.daysOver', { n: lo - 1 }) : lo === hi ? t('chart.daysExact', { n: lo }) : t('chart.daysRange', { from: lo, to: hi }),
    cases: 0,
  }));
  let withoutService = 0;
  for (const c of cases?.nodes ?? []) {
    if (!c.firstServiceOn) {
      withoutService += 1;
      continue;
    }
    const d = daysBetween(c.reportedOn, c.firstServiceOn);
    const i = SERVICE_BUCKETS.findIndex(([lo, hi]) => d >= lo && d <= hi);
    if (i >= 0) serviceRows[i].cases += 1;
  }

  // Referrals by status
  const refCounts = Object.fromEntries(refStatuses.map((s) => [s, 0])) as Record<ReferralStatus, number>;
  for (const c of cases?.nodes ?? []) for (const r of c.referrals) refCounts[r.status] += 1;
  const refRows = refStatuses.map((s) => ({ label: e('ReferralStatus', s), referrals: refCounts[s], status: s }));

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

      {cases ? (
        <Pending collected={cases}>
          {() => (
            <ChartFrame
              title={t('province.chart.daysToService')}
              units={t('province.chart.daysToServiceUnits')}
              description={
                current.medianDaysToFirstService === null
                  ? t('province.chart.medianNone', { without: withoutService })
                  : t('province.chart.medianIs', { n: current.medianDaysToFirstService, without: withoutService })
              }
              empty={cases.nodes.length === 0 ? t('province.chart.noCases') : null}
              table={{ columns: [t('chart.daysToService'), t('unit.cases')], rows: serviceRows.map((r) => [r.long, number(r.cases, 0)]) }}
            >
              <Bars data={serviceRows} categoryKey="label" categoryLabel={t('chart.daysAxis')} valueLabel={t('unit.cases')} series={[{ key: 'cases', label: t('unit.cases'), color: PALETTE.green }]} />
            </ChartFrame>
          )}
        </Pending>
      ) : (
        <ChartFrame
          title={t('province.chart.daysToService')}
          units={t('province.chart.medianUnits')}
          description={t('province.chart.aggregateOnly')}
          empty={current.medianDaysToFirstService === null && !previous?.medianDaysToFirstService ? t('province.chart.notEnough') : null}
          table={{ columns: [t('common.period'), t('metric.medianDaysToFirstService')], rows: comparison((m) => m.medianDaysToFirstService).map((r) => [r.label, number(r.value, 1)]) }}
        >
          <Bars data={comparison((m) => m.medianDaysToFirstService)} categoryKey="label" categoryLabel={t('common.period')} valueLabel={t('unit.days')} series={[{ key: 'value', label: t('metric.medianDaysToFirstService'), color: PALETTE.green }]} />
        </ChartFrame>
      )}

      <ChartFrame
        title={t('province.chart.referralAcceptance')}
        units={cases ? t('province.chart.referralUnits') : t('unit.percent')}
        description={t('province.chart.acceptanceIs', { rate: percent(current.referralAcceptanceRate), before: percent(previous?.referralAcceptanceRate) })}
        empty={cases ? (cases.loading || cases.error ? null : refRows.every((r) => r.referrals === 0) ? t('province.chart.noReferrals') : null) : current.referralAcceptanceRate === null && !previous?.referralAcceptanceRate ? t('province.chart.notEnough') : null}
        table={
          cases
            ? { columns: [t('common.status'), t('unit.referrals')], rows: refRows.map((r) => [r.label, number(r.referrals, 0)]) }
            : { columns: [t('common.period'), t('metric.referralAcceptanceRate')], rows: comparison((m) => m.referralAcceptanceRate).map((r) => [r.label, percent(r.value)]) }
        }
      >
        {cases ? (
          cases.loading ? (
            <Loading />
          ) : (
            <Bars
              data={[Object.fromEntries([['label', t('chart.thisPeriod')], ...refStatuses.map((s) => [s, refCounts[s]])])]}
              categoryKey="label"
              horizontal
              stacked
              height={150}
              categoryWidth={90}
              categoryLabel=""
              valueLabel={t('unit.referrals')}
              series={refStatuses.map((s) => ({ key: s, label: e('ReferralStatus', s), color: REFERRAL_COLOURS[s] }))}
            />
          )
        ) : (
          <Bars
            data={comparison((m) => m.referralAcceptanceRate)}
            categoryKey="label"
            categoryLabel={t('common.period')}
            valueLabel={t('unit.percent')}
            valueDomain={[0, 1]}
            valueFormat={(v) => percent(v)}
            series={[{ key: 'value', label: t('metric.referralAcceptanceRate'), color: PALETTE.blue }]}
          />
        )}
      </ChartFrame>
    </div>
  );
}
