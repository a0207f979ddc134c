import { lazy, Suspense, useState } from 'react';
import { WhenVisible } from '../../ui/when-visible';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { usePeriod, periodSearch, trendRange } from '../../lib/period';
import { PageHeader, Section } from '../../ui/page';
import { PeriodPicker } from '../../ui/period-picker';
import { ReportLink } from '../../common/ExportMenu';
import { ErrorNotice, Loading, QueryView } from '../../ui/states';
import { CaseCountText, CasePeriodNote, anyProtected } from '../../ui/badges';
import { NationalOverviewDocument, NationalTrendDocument } from './operations.generated';
import { ProvinceTable } from './ProvinceTable';
import { ProvinceTileMap } from './ProvinceTileMap';
import { withData, type MetricKey } from './metrics';

const ActionTrendChart = lazy(() => import('../../charts/ActionTrendChart'));

/** Oversight's view across the 38 provinces for one period. */
export default function NationalPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const [period, setPeriod] = usePeriod();
  const [metric, setMetric] = useState<MetricKey>('coordinationIndex');
  const overview = useQuery(NationalOverviewDocument, { variables: { from: period.from, to: period.to, asOf: period.asOf } });
  const range = trendRange(period);
  const trend = useQuery(NationalTrendDocument, { variables: range });
  const search = periodSearch(period);

  return (
    <>
      <PageHeader title={t('national.title')} subtitle={t('national.subtitle')} actions={<ReportLink period={period} />} />
      <PeriodPicker period={period} onChange={setPeriod} />
      <QueryView data={overview.data} error={overview.error} loading={overview.loading} retry={() => void overview.refetch()}>
        {(d) => {
          const m = d.nationalMetrics;
          const withAgreements = m.provinces.filter((p) => p.activeAgreements > 0).length;
          // Provinces without data are left out of the average (docs/metrics.md).
          const indexes = withData(m.provinces)
            .map((p) => p.coordinationIndex)
            .filter((v): v is number => v !== null);
          const meanIndex = indexes.length ? indexes.reduce((a, b) => a + b, 0) / indexes.length : null;
          return (
            <>
              <div className="kpi-grid" aria-label={t('national.summary')} role="group">
                <div className="kpi">
                  <div className="kpi-label">{t('national.meanIndex')}</div>
                  <div className="kpi-value">{i18n.number(meanIndex, 1)}</div>
                  <div className="muted small">{t('national.meanIndexHint', { n: indexes.length })}</div>
                </div>
                <div className="kpi">
                  <div className="kpi-label">{t('national.provincesWithAgreements')}</div>
                  <div className="kpi-value">
                    {i18n.number(withAgreements, 0)} / {i18n.number(m.provinces.length, 0)}
                  </div>
                </div>
                <div className="kpi">
                  <div className="kpi-label">{t('national.actionsOverdue')}</div>
                  <div className="kpi-value">{i18n.number(m.actionsOverdue, 0)}</div>
                  <div className="muted small">{t('national.asOf', { date: i18n.date(m.asOf) })}</div>
                </div>
                <div className="kpi">
                  <div className="kpi-label">{t('national.casesReported')}</div>
                  <div className="kpi-value">
                    <CaseCountText count={m.casesReported} />
                  </div>
                  <div className="muted small">{t('national.inPeriod')}</div>
                </div>
              </div>
              <CasePeriodNote
                from={m.from}
                to={m.to}
                caseFrom={m.caseFrom}
                caseTo={m.caseTo}
                protectedFigures={anyProtected([m.casesReported, ...m.provinces.map((p) => p.casesReported)])}
              />
              <Section title={t('national.mapSection')}>
                <ProvinceTileMap rows={m.provinces} metric={metric} onMetricChange={setMetric} linkSearch={search} />
              </Section>
              <Section title={t('national.tableSection')}>
                <p className="muted small">{t('national.tableHint')}</p>
                <ProvinceTable rows={m.provinces} linkSearch={search} />
              </Section>
            </>
          );
        }}
      </QueryView>
      <Section title={t('national.trendSection')}>
        {trend.error && !trend.data ? (
          <ErrorNotice error={trend.error} retry={() => void trend.refetch()} />
        ) : !trend.data ? (
          <Loading />
        ) : (
          <WhenVisible minHeight={420}>
          <Suspense fallback={<Loading />}>
            <ActionTrendChart
              points={trend.data.metricsTrend}
              title={t('national.trendTitle')}
              description={t('trend.range', { from: i18n.month(range.from), to: i18n.month(range.to) })}
            />
          </Suspense>
          </WhenVisible>
        )}
      </Section>
    </>
  );
}
