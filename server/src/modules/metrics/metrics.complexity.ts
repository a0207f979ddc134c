/**
 * What the metrics weigh in the complexity budget (http/limits.ts, MAX_COMPLEXITY 50,000), in
 * proportion to their measured cost at national scale (bench/results/metrics.md): a page of 50
 * action items with their relations costs about 2,500 and takes ~35 ms; provinceMetrics
 * 55–135 ms, nationalMetrics 180–250 ms, a 24-month trend 20–40 ms, and each province's
 * agencyActionStats adds up to 80 ms. So a request holds at most two nationalMetrics, or one
 * with every province's agencyActionStats, and never ties up the database for seconds.
 */
export const METRICS_COMPLEXITY = {
  provinceMetrics: 5_000,
  nationalMetrics: 20_000,
  metricsTrend: 2_500,
  /** Per province it is asked for (ProvinceMetrics.agencyActionStats). */
  agencyActionStats: 2_000,
} as const;
