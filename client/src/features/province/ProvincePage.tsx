import { lazy, Suspense } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { periodSearch, trendRange, usePeriod } from '../../lib/period';
import { useCollect } from '../../lib/collect';
import { PageHeader, Section } from '../../ui/page';
import { PeriodPicker } from '../../ui/period-picker';
import { ReportLink } from '../../common/ExportMenu';
import { Empty, ErrorNotice, Loading, QueryView } from '../../ui/states';
import { AgencyName, EnumBadge } from '../../ui/badges';
import {
  ProvinceActiveAgreementsDocument,
  ProvinceCommitmentsDocument,
  ProvinceDashboardDocument,
  ProvinceExpiringAgreementsDocument,
  ProvinceOverdueActionsDocument,
  ProvincePreviousDocument,
  ProvinceTrendDocument,
  type AgencyRankingFragment,
} from './operations.generated';
import { ProvinceKpis } from './ProvinceKpis';
import { usePhone, WhenVisible } from '../../ui/when-visible';
import { SectorCoverage } from './SectorCoverage';
import { DataTable } from '../../ui/data-table';
import { RecommendationsCard } from '../recommendations';

const ProvinceCharts = lazy(() => import('./ProvinceCharts'));

const PRIORITY_RANK = { URGENT: 0, HIGH: 1, MEDIUM: 2, LOW: 3 } as const;

/** One province over a period: figures, charts, coverage and what is overdue with whom. */
export default function ProvincePage() {
  const { code = '' } = useParams();
  const i18n = useI18n();
  const { t } = i18n;
  const [period, setPeriod] = usePeriod();
  const vars = { code, from: period.from, to: period.to, asOf: period.asOf };
  const dashboard = useQuery(ProvinceDashboardDocument, { variables: vars });
  const previous = useQuery(ProvincePreviousDocument, { variables: { code, ...period.previous } });
  const range = trendRange(period, 12);
  const trend = useQuery(ProvinceTrendDocument, { variables: { code, ...range } });
  const overdue = useQuery(ProvinceOverdueActionsDocument, { variables: { code } });
  const expiring = useQuery(ProvinceExpiringAgreementsDocument, { variables: { code } });
  const commitments = useCollect(ProvinceCommitmentsDocument, { code }, (d) => d.commitments);
  const agreements = useCollect(ProvinceActiveAgreementsDocument, { code }, (d) => d.agreements);
  const name = dashboard.data?.provinceMetrics.province.name;
  const search = periodSearch(period);
  const phone = usePhone();

  const expiringSection = (
    <Section title={t('province.expiringSection')} id="province-expiring">
      <QueryView data={expiring.data} error={expiring.error} loading={expiring.loading} retry={() => void expiring.refetch()}>
        {(d) =>
          d.agreements.nodes.length === 0 ? (
            <Empty>{t('province.noExpiring')}</Empty>
          ) : (
            <>
              <ul className="todo-list" aria-labelledby="province-expiring">
                {[...d.agreements.nodes]
                  .sort((a, b) => (a.expiresOn ?? '').localeCompare(b.expiresOn ?? ''))
                  .map((a) => (
                    <li key={a.id} className="todo">
                      <Link to={`/agreements/${a.id}`} className="todo-title">
                        {a.title}
                      </Link>
                      <span className="todo-meta">{t('province.expiresOn', { date: i18n.date(a.expiresOn) })}</span>
                    </li>
                  ))}
              </ul>
              {d.agreements.totalCount > d.agreements.nodes.length && (
                <p className="small">
                  <Link to={`/agreements?province=${code}&expiring=90`}>{t('home.more', { n: d.agreements.totalCount })}</Link>
                </p>
              )}
            </>
          )
        }
      </QueryView>
    </Section>
  );

  // What the viewer acts on: first on a phone, after the figures on a wide screen.
  const overdueSection = (
    <Section title={t('province.overdueSection')} id="province-overdue">
        <p className="muted small">{t('province.overdueHint')}</p>
        <QueryView data={overdue.data} error={overdue.error} loading={overdue.loading} retry={() => void overdue.refetch()}>
          {(d) => {
            const items = [...d.actionItems.nodes].sort(
              (a, b) => (b.daysOverdue ?? 0) - (a.daysOverdue ?? 0) || PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority],
            );
            if (items.length === 0) return <Empty>{t('province.noOverdue')}</Empty>;
            return (
              <>
                <DataTable
                  caption={t('province.overdueSection')}
                  cards
                  rows={items}
                  rowKey={(a) => a.id}
                  columns={[
                    { header: t('common.action'), rowHeader: true, cell: (a) => <Link to={`/actions/${a.id}`}>{a.title}</Link> },
                    { header: t('common.agency'), cell: (a) => <AgencyName agency={a.agency} /> },
                    { header: t('province.daysOverdue'), className: 'num', cell: (a) => i18n.number(a.daysOverdue, 0) },
                    { header: t('common.priority'), cell: (a) => <EnumBadge name="Priority" value={a.priority} /> },
                    { header: t('common.dueOn'), cell: (a) => i18n.date(a.dueOn) },
                  ]}
                />
                {d.actionItems.totalCount > items.length && (
                  <p className="muted small">
                    <Link to={`/actions?province=${code}&overdue=1`}>{t('province.allOverdue', { n: d.actionItems.totalCount })}</Link>
                  </p>
                )}
              </>
            );
          }}
        </QueryView>
      </Section>
  );

  return (
    <>
      <PageHeader
        title={name ? t('province.title', { name }) : t('province.titleLoading')}
        back={{ to: `/national${search}`, label: t('nav.national') }}
        actions={
          <>
            <ReportLink provinceCode={code} period={period} />
            <Link className="btn" to={`/agreements?province=${code}`}>
              {t('nav.agreements')}
            </Link>
            <Link className="btn" to={`/actions?province=${code}`}>
              {t('nav.actions')}
            </Link>
            <Link className="btn" to={`/meetings?province=${code}`}>
              {t('nav.meetings')}
            </Link>
          </>
        }
      />
      {phone && overdueSection}
      {phone && expiringSection}
      <PeriodPicker period={period} onChange={setPeriod} />
      <QueryView data={dashboard.data} error={dashboard.error} loading={dashboard.loading} retry={() => void dashboard.refetch()}>
        {(d) => {
          const m = d.provinceMetrics;
          const prev = previous.data?.provinceMetrics ?? null;
          return (
            <>
              <Section title={t('province.kpiSection')}>
                {!m.hasData && (
                  <div className="notice notice-warn" role="status">
                    {t('province.noData')}
                  </div>
                )}
                <p className="muted small">{t('province.kpiHint', { asOf: i18n.date(m.asOf) })}</p>
                {previous.error && <ErrorNotice error={previous.error} compact />}
                <ProvinceKpis current={m} previous={prev} code={code} period={m} />
              </Section>

              <Section title={t('province.chartsSection')}>
                <WhenVisible minHeight={600}>
                <Suspense fallback={<Loading />}>
                  <ProvinceCharts
                    trend={{ points: trend.data?.metricsTrend ?? null, error: trend.error && !trend.data ? trend.error : null, range }}
                    commitments={commitments}
                    byIssueArea={m.casesByIssueArea}
                    byOutcome={m.casesByOutcome}
                    current={m}
                    previous={prev}
                  />
                </Suspense>
                </WhenVisible>
              </Section>

              <Section title={t('province.coverageSection')}>
                <SectorCoverage covered={m.coveredSectors} agreements={agreements} />
              </Section>

              <Section title={t('province.rankingSection')}>
                {m.agencyActionStats.length === 0 ? (
                  <Empty>{t('province.noAgencyStats')}</Empty>
                ) : (
                  <AgencyRanking rows={m.agencyActionStats} />
                )}
              </Section>
            </>
          );
        }}
      </QueryView>

      <RecommendationsCard code={code} />

      {!phone && overdueSection}
      {!phone && expiringSection}
    </>
  );
}

/** Agencies ranked by overdue items, with a bar for each count. */
function AgencyRanking({ rows }: { rows: readonly AgencyRankingFragment[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const max = Math.max(1, ...rows.map((r) => r.overdue));
  return (
    <DataTable
      caption={t('province.rankingSection')}
      rows={rows}
      rowKey={(r) => r.agency.id}
      columns={[
        { header: '#', className: 'num', cell: (_r, i) => i18n.number(i + 1, 0) },
        { header: t('common.agency'), rowHeader: true, cell: (r) => <Link to={`/agencies/${r.agency.id}`}>{r.agency.name}</Link> },
        {
          header: t('metric.actionsOverdue'),
          cellClassName: 'inline-bar-cell',
          cell: (r) => (
            <span className="inline-bar">
              <span className="inline-bar-fill" style={{ width: `${(r.overdue / max) * 100}%` }} aria-hidden="true" />
              <span className="inline-bar-value">{i18n.number(r.overdue, 0)}</span>
            </span>
          ),
        },
        { header: t('metric.actionsOpen'), className: 'num', cell: (r) => i18n.number(r.open, 0) },
        { header: t('metric.actionsDoneInPeriod'), className: 'num', cell: (r) => i18n.number(r.doneInPeriod, 0) },
        { header: t('metric.onTimeCompletionRate'), className: 'num', cell: (r) => i18n.percent(r.onTimeRate) },
      ]}
    />
  );
}
