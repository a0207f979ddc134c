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

const FONT_SIZE = 12;
const AXIS_TICK = { fontSize: FONT_SIZE, fill: '#333' };
/** Room kept for a rotated axis title beside the category names. */
const AXIS_TITLE_ROOM = 22;
/** How far the first and last month sit inside the plot, so their labels clear the value axis. */
const MONTH_INSET = 20;
/** Space between two labels along an axis. */
const LABEL_GAP = 8;

let measure: CanvasRenderingContext2D | null | undefined;
/** The width of `text` as the chart draws it (12 px in the page's font), estimated where canvas is unavailable. */
function textWidth(text: string): number {
  if (measure === undefined) {
    measure = document.createElement('canvas').getContext('2d');
    if (measure) measure.font = `${FONT_SIZE}px ${getComputedStyle(document.body).fontFamily}`;
  }
  return measure ? measure.measureText(text).width : text.length * FONT_SIZE * 0.6;
}

/** `text` shortened with an ellipsis to fit `width` px on one line. */
export function fitText(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(`${text.slice(0, mid).trimEnd()}…`) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  /** The axis' length (recharts passes it to every tick). */
  width?: number | string;
  visibleTicksCount?: number;
}

/**
 * A category name on one line, never wrapped into its neighbour: shortened with "…" to
 * `maxWidth` (the full name in a tooltip and in the chart's table alternative).
 */
function CategoryTick({ x, y, payload, textAnchor, maxWidth, vertical }: TickProps & { maxWidth: number; vertical: boolean }) {
  const full = String(payload?.value ?? '');
  const shown = fitText(full, Math.max(24, maxWidth));
  return (
    <text x={Number(x)} y={Number(y)} dy={vertical ? '0.355em' : '0.71em'} textAnchor={textAnchor ?? (vertical ? 'end' : 'middle')} fontSize={FONT_SIZE} fill={AXIS_TICK.fill}>
      {shown !== full && <title>{full}</title>}
      {shown}
    </text>
  );
}

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
        {/* Months: the first and the last always, the others only where they fit (short names). */}
        <XAxis dataKey={xKey} tick={AXIS_TICK} tickFormatter={xFormat} interval="preserveStartEnd" minTickGap={LABEL_GAP} padding={{ left: MONTH_INSET, right: MONTH_INSET }} label={{ value: xLabel, position: 'insideBottom', offset: -18, fontSize: FONT_SIZE }} />
        <YAxis tick={AXIS_TICK} tickFormatter={yFormat} allowDecimals={false} label={{ value: yLabel, angle: -90, position: 'insideLeft', fontSize: FONT_SIZE, style: { textAnchor: 'middle' } }} />
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
            <XAxis type="number" tick={AXIS_TICK} tickFormatter={valueFormat} allowDecimals={false} domain={valueDomain} label={{ value: valueLabel, position: 'insideBottom', offset: -18, fontSize: FONT_SIZE }} />
            <YAxis
              type="category"
              dataKey={categoryKey}
              interval={0}
              width={categoryWidth}
              tick={(props: TickProps) => <CategoryTick {...props} vertical maxWidth={categoryWidth - AXIS_TITLE_ROOM - LABEL_GAP} />}
              label={{ value: categoryLabel, angle: -90, position: 'insideLeft', fontSize: FONT_SIZE, style: { textAnchor: 'middle' } }}
            />
          </>
        ) : (
          <>
            <XAxis
              dataKey={categoryKey}
              interval={0}
              tick={(props: TickProps) => (
                <CategoryTick {...props} vertical={false} maxWidth={props.width ? Number(props.width) / Math.max(1, props.visibleTicksCount ?? data.length) - LABEL_GAP : Infinity} />
              )}
              label={{ value: categoryLabel, position: 'insideBottom', offset: -18, fontSize: FONT_SIZE }}
            />
            <YAxis tick={AXIS_TICK} tickFormatter={valueFormat} allowDecimals={false} domain={valueDomain} label={{ value: valueLabel, angle: -90, position: 'insideLeft', fontSize: FONT_SIZE, style: { textAnchor: 'middle' } }} />
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
