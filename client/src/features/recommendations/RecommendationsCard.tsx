import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/i18n';
import { Section } from '../../ui/page';
import { QueryView } from '../../ui/states';
import { ProvinceRecommendationsDocument } from './operations.generated';

/**
 * The province dashboard's card on recommendations of oversight bodies: how many await the
 * province's answer, how many answers are overdue, how many are implemented; each links to
 * the filtered list. Counts as of today, whatever the dashboard's period.
 */
export function RecommendationsCard({ code }: { code: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const q = useQuery(ProvinceRecommendationsDocument, { variables: { code } });
  const figures: [keyof NonNullable<typeof q.data>, MessageKey, string][] = [
    ['awaiting', 'recommendations.cardAwaiting', 'AWAITING_RESPONSE'],
    ['overdue', 'recommendations.cardOverdue', 'RESPONSE_OVERDUE'],
    ['implemented', 'recommendations.cardImplemented', 'IMPLEMENTED'],
  ];
  return (
    <Section
      title={t('recommendations.cardTitle')}
      id="province-recommendations"
      actions={
        <Link className="btn btn-small" to={`/recommendations?view=list&province=${code}`}>
          {t('recommendations.cardAll')}
        </Link>
      }
    >
      <QueryView data={q.data} error={q.error} loading={q.loading} retry={() => void q.refetch()}>
        {(d) => (
          <div className="kpi-grid">
            {figures.map(([key, label, status]) => (
              <div key={key} className="kpi" role="group" aria-label={t(label)}>
                <div className="kpi-label">{t(label)}</div>
                <div className="kpi-value">
                  <Link to={`/recommendations?view=list&province=${code}&status=${status}`}>{i18n.number(d[key].totalCount, 0)}</Link>
                </div>
              </div>
            ))}
          </div>
        )}
      </QueryView>
    </Section>
  );
}
