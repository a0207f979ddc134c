/**
 * Thin wrappers around recharts with the house defaults: axis labels, a legend, colours
 * from the colour-blind-safe palette, and no keyboard layer (the table alternative in
 * ChartFrame serves keyboard and screen-reader users). Only chart chunks import this.
 */
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

export interface Series {
  key: string;
  label: string;
  color: string;
  dash?: string;
}

const AXIS_TICK = { fontSize: 12, fill: '#333' };

export function LineTrend({
  data,
  xKey,
  series,
  xLabel,
  yLabel,
  xFormat,
  yFormat,
  height = 280,
}: {
  data: object[];
  xKey: string;
  series: Series[];
  xLabel: string;
  yLabel: string;
  xFormat?: (v: string) => string;
  yFormat?: (v: number) => string;
  height?: number;
}) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={data} margin={{ top: 8, right: 16, bottom: 28, left: 12 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" stroke="#d9d9d9" />
        <XAxis dataKey={xKey} tick={AXIS_TICK} tickFormatter={xFormat} minTickGap={12} label={{ value: xLabel, position: 'insideBottom', offset: -18, fontSize: 12 }} />
        <YAxis tick={AXIS_TICK} tickFormatter={yFormat} allowDecimals={false} label={{ value: yLabel, angle: -90, position: 'insideLeft', fontSize: 12, style: { textAnchor: 'middle' } }} />
        <Tooltip labelFormatter={(v) => (xFormat ? xFormat(String(v)) : String(v))} formatter={(v) => (yFormat && typeof v === 'number' ? yFormat(v) : String(v))} />
        <Legend verticalAlign="top" itemSorter={null} wrapperStyle={{ paddingBottom: 8 }} />
        {series.map((s) => (
          <Line key={s.key} type="linear" dataKey={s.key} name={s.label} stroke={s.color} strokeWidth={2} strokeDasharray={s.dash} dot={{ r: 2 }} isAnimationActive={false} connectNulls={false} />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}

export function Bars({
  data,
  categoryKey,
  series,
  categoryLabel,
  valueLabel,
  horizontal,
  stacked,
  valueFormat,
  categoryWidth = 140,
  height,
  valueDomain,
}: {
  data: object[];
  categoryKey: string;
  series: Series[];
  categoryLabel: string;
  valueLabel: string;
  /** Categories down the side (long names), values across. */
  horizontal?: boolean;
  stacked?: boolean;
  valueFormat?: (v: number) => string;
  categoryWidth?: number;
  height?: number;
  valueDomain?: [number, number];
}) {
  const h = height ?? (horizontal ? Math.max(160, data.length * 30 + 80) : 280);
  const showLegend = series.length > 0;
  return (
    <ResponsiveContainer width="100%" height={h}>
      <BarChart data={data} layout={horizontal ? 'vertical' : 'horizontal'} margin={{ top: 8, right: 16, bottom: 28, left: 12 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" stroke="#d9d9d9" />
        {horizontal ? (
          <>
            <XAxis type="number" tick={AXIS_TICK} tickFormatter={valueFormat} allowDecimals={false} domain={valueDomain} label={{ value: valueLabel, position: 'insideBottom', offset: -18, fontSize: 12 }} />
            <YAxis type="category" dataKey={categoryKey} tick={AXIS_TICK} width={categoryWidth} label={{ value: categoryLabel, angle: -90, position: 'insideLeft', fontSize: 12, style: { textAnchor: 'middle' } }} />
          </>
        ) : (
          <>
            <XAxis dataKey={categoryKey} tick={AXIS_TICK} interval={0} label={{ value: categoryLabel, position: 'insideBottom', offset: -18, fontSize: 12 }} />
            <YAxis tick={AXIS_TICK} tickFormatter={valueFormat} allowDecimals={false} domain={valueDomain} label={{ value: valueLabel, angle: -90, position: 'insideLeft', fontSize: 12, style: { textAnchor: 'middle' } }} />
          </>
        )}
        <Tooltip formatter={(v) => (valueFormat && typeof v === 'number' ? valueFormat(v) : String(v))} />
        {showLegend && <Legend verticalAlign="top" itemSorter={null} wrapperStyle={{ paddingBottom: 8 }} />}
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} stackId={stacked ? 'stack' : undefined} isAnimationActive={false} stroke="#ffffff" strokeWidth={stacked ? 1 : 0} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
