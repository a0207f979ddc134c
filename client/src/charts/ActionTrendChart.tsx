import { useI18n } from '../i18n/i18n';
import { ChartFrame } from '../ui/chart-frame';
import { LineTrend } from '../ui/charts';
import { PALETTE } from '../ui/palette';

export interface ActionTrendPoint {
  month: string;
  actionsOpened: number;
  actionsDone: number;
  actionsOverdueAtMonthEnd: number;
}

/** Follow-up actions opened, done and overdue at each month's end. */
export default function ActionTrendChart({ points, title, description }: { points: ActionTrendPoint[]; title: string; description?: string }) {
  const { t, monthShort, month, number } = useI18n();
  const series = [
    { key: 'actionsOpened', label: t('trend.opened'), color: PALETTE.blue },
    { key: 'actionsDone', label: t('trend.done'), color: PALETTE.green, dash: '6 3' },
    { key: 'actionsOverdueAtMonthEnd', label: t('trend.overdue'), color: PALETTE.vermillion, dash: '2 2' },
  ];
  const empty = points.length === 0 || points.every((p) => !p.actionsOpened && !p.actionsDone && !p.actionsOverdueAtMonthEnd);
  return (
    <ChartFrame
      title={title}
      units={t('trend.units')}
      description={description}
      empty={empty ? t('trend.empty') : null}
      table={{
        columns: [t('common.month'), ...series.map((s) => s.label)],
        rows: points.map((p) => [month(p.month), number(p.actionsOpened, 0), number(p.actionsDone, 0), number(p.actionsOverdueAtMonthEnd, 0)]),
      }}
    >
      <LineTrend data={points} xKey="month" series={series} xLabel={t('common.month')} yLabel={t('trend.yLabel')} xFormat={monthShort} yFormat={(v) => number(v, 0)} />
    </ChartFrame>
  );
}
