import { useId } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { SEQUENTIAL } from '../../ui/palette';
import { METRICS, metricByKey, type MetricKey, type ProvinceRow } from './metrics';
import { TILE_COLUMNS, TILE_POSITIONS, TILE_ROWS } from './tile-layout';

interface Bin {
  from: number;
  to: number;
}

/** Five equal-width bins between the smallest and largest figure shown. */
function binsFor(values: number[]): Bin[] {
  if (values.length === 0) return [];
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (min === max) return [{ from: min, to: max }];
  const step = (max - min) / SEQUENTIAL.length;
  return SEQUENTIAL.map((_, i) => ({ from: min + i * step, to: i === SEQUENTIAL.length - 1 ? max : min + (i + 1) * step }));
}

function binOf(bins: Bin[], v: number): number {
  for (let i = 0; i < bins.length; i++) if (v <= bins[i].to) return i;
  return bins.length - 1;
}

/**
 * The provinces as tiles in their rough geographic positions, coloured by one metric.
 * The figure is written on every tile, so colour is never the only carrier; each tile is
 * a button that opens the province's dashboard.
 */
export function ProvinceTileMap({
  rows,
  metric,
  onMetricChange,
  linkSearch,
}: {
  rows: ProvinceRow[];
  metric: MetricKey;
  onMetricChange: (m: MetricKey) => void;
  linkSearch: string;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const navigate = useNavigate();
  const id = useId();
  const def = metricByKey(metric);
  const values = rows.map((r) => def.value(r)).filter((v): v is number => v !== null);
  const bins = binsFor(values);
  const percent = def.unit === 'unit.percent';
  const fmtBound = (v: number) => (percent ? i18n.percent(v) : i18n.number(v, def.key === 'coordinationIndex' ? 1 : 0));

  return (
    <figure className="tile-map" aria-labelledby={`${id}-title`}>
      <figcaption>
        <h3 id={`${id}-title`} className="chart-title">
          {t('national.mapTitle', { metric: t(def.label) })}
        </h3>
        <p className="chart-units">{t('national.mapUnits', { unit: t(def.unit) })}</p>
      </figcaption>
      <label className="filter">
        {t('national.mapMetric')}
        <select value={metric} onChange={(e) => onMetricChange(e.target.value as MetricKey)}>
          {METRICS.map((m) => (
            <option key={m.key} value={m.key}>
              {t(m.label)}
            </option>
          ))}
        </select>
      </label>
      <div className="tile-scroll">
        <ul className="tile-grid" style={{ gridTemplateColumns: `repeat(${TILE_COLUMNS}, minmax(44px, 1fr))`, gridTemplateRows: `repeat(${TILE_ROWS}, auto)` }} aria-label={t('national.mapListLabel')}>
          {rows.map((r) => {
            const pos = TILE_POSITIONS[r.province.code];
            if (!pos) return null;
            const v = def.value(r);
            const withheld = def.key === 'casesReported' && r.casesReported.suppressed;
            const swatch = v === null || withheld ? null : SEQUENTIAL[bins.length === 1 ? 2 : binOf(bins, v)];
            const shown = def.render(r, i18n);
            const textValue = withheld ? t('cases.suppressed') : v === null ? t('common.noData') : null;
            return (
              <li key={r.province.code} style={{ gridColumn: pos[0] + 1, gridRow: pos[1] + 1 }}>
                <button
                  type="button"
                  className={`tile${swatch ? '' : ' tile-nodata'}`}
                  style={swatch ? { background: swatch.fill, color: swatch.text } : undefined}
                  onClick={() => navigate(`/provinces/${r.province.code}${linkSearch}`)}
                  title={r.province.name}
                >
                  <span className="tile-code" aria-hidden="true">
                    {r.province.isoCode}
                  </span>
                  <span className="tile-value" aria-hidden="true">
                    {textValue ?? shown}
                  </span>
                  <span className="visually-hidden">
                    {r.province.name}: {t(def.label)} {textValue ?? shown}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      </div>
      <div className="tile-legend" aria-label={t('chart.legend')}>
        <span className="muted small">{t(def.label)}:</span>
        {bins.map((b, i) => (
          <span key={i} className="legend-item">
            <span className="swatch" style={{ background: SEQUENTIAL[bins.length === 1 ? 2 : i].fill }} aria-hidden="true" />
            {bins.length === 1 ? fmtBound(b.from) : `${fmtBound(b.from)} – ${fmtBound(b.to)}`}
          </span>
        ))}
        <span className="legend-item">
          <span className="swatch swatch-nodata" aria-hidden="true" />
          {def.key === 'casesReported' ? `${t('common.noData')} / ${t('cases.suppressed')}` : t('common.noData')}
        </span>
      </div>
    </figure>
  );
}
