import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context, Viewer } from '../../common/context';
import { addDays, addMonths } from '../../common/dates';
import { InputErrors } from '../../common/errors';
import { Sql } from '../../common/sql';
import { requireViewer } from '../auth/policy';
import { AGENCY_SHAPE } from '../agency/agency.sql';
import { referenceData } from '../province/reference.service';
import { Batch } from './batch';
import type { NationalMetricsModel, ProvinceMetricsModel, TrendPointModel } from './metrics.model';
import {
  actionFigures,
  activityFigures,
  agencyActionFigures,
  agreementFigures,
  recommendationFigures,
  trend,
  type ActionFigures,
  type ActivityFigures,
  type AgencyActionRow,
  type AgreementFigures,
  type RecommendationFigures,
  type Period,
} from './metrics.sql';
import { nationalCasesReported, provincesCaseFigures, trendCaseCounts, type ShownCaseFigures } from './disclosure';
import { casePeriod, seesExactCaseFigures } from './suppression';

/** The longest period a request may cover: from..to must be shorter than this many months. */
export const MAX_PERIOD_MONTHS = 60;

export interface PeriodArgs {
  from?: string | null;
  to?: string | null;
  asOf?: string | null;
}

/** Refuses from > to and periods longer than 5 years (to on or after from + 5 years). */
function checkRange(errors: InputErrors, from: string, to: string) {
  if (from > to) {
    errors.add('from', 'DATE_ORDER', 'must be on or before to', { before: 'to' });
    errors.add('to', 'DATE_ORDER', 'must be on or after from', { after: 'from' });
  } else if (to >= addMonths(from, MAX_PERIOD_MONTHS)) {
    errors.add('from', 'PERIOD_TOO_LONG', 'the period from..to must not be longer than 5 years', { max: MAX_PERIOD_MONTHS / 12 });
    errors.add('to', 'PERIOD_TOO_LONG', 'the period from..to must not be longer than 5 years', { max: MAX_PERIOD_MONTHS / 12 });
  }
}

/** metrics.md "Arguments": asOf defaults to today (hub time zone), to to asOf, from to to - 364 days. */
export function resolvePeriod(errors: InputErrors, today: string, args: PeriodArgs): Period {
  const asOf = args.asOf ?? today;
  const to = args.to ?? asOf;
  const from = args.from ?? addDays(to, -364);
  checkRange(errors, from, to);
  return { from, to, asOf };
}

function checkProvince(errors: InputErrors, code: string) {
  if (!referenceData().province(code)) errors.add('provinceCode', 'NOT_FOUND', 'is not a known province code');
}

// ---------------------------------------------------------------------------- which figures

/** Groups of figures, one SQL statement each. */
type Group = 'agreements' | 'activity' | 'actions' | 'agencyActions' | 'cases' | 'recommendations';

const GROUPS_OF_FIELD: Record<string, Group[]> = {
  hasData: ['agreements'],
  activeAgreements: ['agreements'],
  expiringAgreements: ['agreements'],
  coveredSectors: ['agreements'],
  sectorCoverage: ['agreements'],
  crossSectorPartnerships: ['agreements'],
  meetingsHeld: ['activity'],
  commitments: ['activity'],
  commitmentsFulfilled: ['activity'],
  commitmentsOverdue: ['activity'],
  fulfilmentRate: ['activity'],
  actionsOpen: ['actions'],
  actionsOverdue: ['actions'],
  actionsDoneInPeriod: ['actions'],
  onTimeCompletionRate: ['actions'],
  agencyActionStats: ['agencyActions'],
  casesReported: ['cases'],
  casesByIssueArea: ['cases'],
  casesByOutcome: ['cases'],
  medianDaysToFirstService: ['cases'],
  referralAcceptanceRate: ['cases'],
  multiSectorCaseRate: ['cases'],
  coordinationIndex: ['agreements', 'activity', 'actions', 'cases'],
  recommendationsIssued: ['recommendations'],
  recommendationsAwaitingResponse: ['recommendations'],
  recommendationResponseRate: ['recommendations'],
  recommendationsImplemented: ['recommendations'],
};
const ALL_GROUPS: Group[] = ['agreements', 'activity', 'actions', 'agencyActions', 'cases', 'recommendations'];

/** The groups the selected ProvinceMetrics fields need; every group when the selection is unknown. */
function groupsFor(fields: Set<string> | undefined): Set<Group> {
  if (!fields) return new Set(ALL_GROUPS);
  return new Set([...fields].flatMap((f) => GROUPS_OF_FIELD[f] ?? []));
}

// ---------------------------------------------------------------------------- computing

interface Computed {
  agreements?: Map<string, AgreementFigures>;
  activity?: Map<string, ActivityFigures>;
  actions?: Map<string, ActionFigures>;
  totalOverdue?: number;
  agencyActions?: Map<string, AgencyActionRow[]>;
  /** Case figures as the viewer sees them (disclosure control applied). */
  cases?: Map<string, ShownCaseFigures>;
  /** The national casesReported as the viewer sees it, when asked for. */
  nationalCases?: Awaited<ReturnType<typeof nationalCasesReported>>;
  recommendations?: Map<string, RecommendationFigures>;
}

/**
 * Runs a request's statements, collected in `batch`, as one statement (see Batch): one snapshot,
 * one round trip. For one province that is all. Statements over all 38 provinces run in a
 * read-only transaction with JIT compilation off: their planner cost can pass jit_above_cost, and
 * PostgreSQL then spends more time compiling (0.5 s and more, measured) than executing them. The
 * statements of one province cost far less than that threshold (EXPLAIN: about a tenth of it),
 * so they need neither the transaction nor its three extra round trips.
 */
async function runBatch(ctx: Context, batch: Batch, provinces: number): Promise<void> {
  if (provinces <= 1) return batch.run(ctx.sql);
  await ctx.em.transactional(
    async (em) => {
      const sql = new Sql(em as EntityManager, ctx.sql.settings);
      await sql.run('set local jit = off');
      await batch.run(sql);
    },
    { readOnly: true },
  );
}

const byProvince = <T extends { provinceCode: string }>(rows: T[]) => new Map(rows.map((r) => [r.provinceCode, r]));

/** One statement (see runBatch), whatever the number of provinces and groups. */
async function compute(
  ctx: Context,
  viewer: Viewer,
  codes: string[],
  period: Period,
  groups: Set<Group>,
  national = false,
  agencyKeys?: readonly string[],
): Promise<Computed> {
  if (groups.size === 0 && !national) return {};
  // Every statement is asked for before the batch runs (each call below queues its statements
  // synchronously), then the batch runs once and every promise settles.
  const batch = new Batch();
  const none = Promise.resolve(undefined);
  const agreements = groups.has('agreements') ? agreementFigures(batch, codes, period) : none;
  const activity = groups.has('activity') ? activityFigures(batch, codes, period) : none;
  const actions = groups.has('actions') ? actionFigures(batch, codes, period) : none;
  const agencyActions = groups.has('agencyActions') ? agencyActionFigures(batch, codes, period, agencyKeys) : none;
  const cases = groups.has('cases') ? provincesCaseFigures(ctx, batch, viewer, codes, period) : undefined;
  // ADMIN: the national total is the sum of the 38 exact counts read for the provinces, when they are.
  const exactTotal =
    cases && seesExactCaseFigures(viewer, null)
      ? cases.then((c) => [...c.values()].reduce((a, f) => a + (f.casesReported.value ?? 0), 0))
      : undefined;
  const nationalCases = national ? nationalCasesReported(ctx, batch, viewer, period, exactTotal) : none;
  const recommendations = groups.has('recommendations') ? recommendationFigures(batch, codes, period) : none;
  const [, agreementRows, activityRows, actionRows, agencyRows, caseFigures, nationalFigures, recommendationRows] = await Promise.all([
    runBatch(ctx, batch, codes.length),
    agreements,
    activity,
    actions,
    agencyActions,
    cases ?? none,
    nationalCases,
    recommendations,
  ]);
  const out: Computed = {};
  if (agreementRows) out.agreements = byProvince(agreementRows);
  if (activityRows) out.activity = byProvince(activityRows);
  if (actionRows) {
    out.actions = byProvince(actionRows);
    out.totalOverdue = actionRows[0]?.totalOverdue ?? 0;
  }
  if (agencyRows) {
    out.agencyActions = new Map(codes.map((c) => [c, []]));
    for (const row of agencyRows) out.agencyActions.get(row.scopeProvinceCode)?.push(row);
  }
  if (caseFigures) out.cases = caseFigures;
  if (nationalFigures) out.nationalCases = nationalFigures;
  if (recommendationRows) out.recommendations = byProvince(recommendationRows);
  return out;
}

/**
 * metrics.md "Coordination index": 100 × the mean of the components that are not null,
 * rounded half up to one decimal; null when all are null.
 */
export function coordinationIndex(components: (number | null | undefined)[]): number | null {
  const present = components.filter((c): c is number => typeof c === 'number');
  if (present.length === 0) return null;
  return Math.round((1000 * present.reduce((a, b) => a + b, 0)) / present.length) / 10;
}

/**
 * One province's figures as the viewer sees them. Case figures go through the one
 * suppression step; the coordination index is then computed from what the viewer sees.
 */
function provinceResult(code: string, period: Period, c: Computed, viewer: Viewer, today: string): ProvinceMetricsModel {
  const m = { provinceCode: code, ...period } as ProvinceMetricsModel;
  // The period the case figures cover for this viewer: it depends on nothing but the viewer and the period.
  const cp = seesExactCaseFigures(viewer, code) ? period : casePeriod(period, today);
  Object.assign(m, { caseFrom: cp?.from ?? null, caseTo: cp?.to ?? null });
  const agreements = c.agreements?.get(code);
  if (agreements) {
    const { hasData, activeAgreements, expiringAgreements, coveredSectors, sectorCoverage, crossSectorPartnerships } = agreements;
    Object.assign(m, { hasData, activeAgreements, expiringAgreements, coveredSectors, sectorCoverage, crossSectorPartnerships });
  }
  const activity = c.activity?.get(code);
  if (activity) {
    const { meetingsHeld, commitments, commitmentsFulfilled, commitmentsOverdue, fulfilmentRate } = activity;
    Object.assign(m, { meetingsHeld, commitments, commitmentsFulfilled, commitmentsOverdue, fulfilmentRate });
  }
  const actions = c.actions?.get(code);
  if (actions) {
    const { actionsOpen, actionsOverdue, actionsDoneInPeriod, onTimeCompletionRate } = actions;
    Object.assign(m, { actionsOpen, actionsOverdue, actionsDoneInPeriod, onTimeCompletionRate });
  }
  const agencyActions = c.agencyActions?.get(code);
  if (agencyActions) {
    m.agencyActionStats = agencyActions;
  }
  const recommendations = c.recommendations?.get(code);
  if (recommendations) {
    const { recommendationsIssued, recommendationsAwaitingResponse, recommendationResponseRate, recommendationsImplemented } = recommendations;
    Object.assign(m, { recommendationsIssued, recommendationsAwaitingResponse, recommendationResponseRate, recommendationsImplemented });
  }
  const cases = c.cases?.get(code);
  if (cases) Object.assign(m, cases);
  if (agreements && activity && actions && cases) {
    // metrics.md "Provinces without data": no index for a province with nothing recorded.
    m.coordinationIndex = !agreements.hasData ? null : coordinationIndex([
      m.sectorCoverage,
      m.fulfilmentRate,
      m.onTimeCompletionRate,
      m.referralAcceptanceRate,
      m.multiSectorCaseRate,
    ]);
  }
  return m;
}

// ---------------------------------------------------------------------------- queries

/** The agency columns a selection of `agencyActionStats { agency { ... } }` needs; all when unknown. */
const agencyKeysFor = (agencyFields: Set<string> | undefined) => (agencyFields ? AGENCY_SHAPE.keysFor(agencyFields) : undefined);

/**
 * provinceMetrics. `fields` are the ProvinceMetrics fields the client selected (all when
 * undefined); only the statements they need run. `agencyFields`: those selected under
 * `agencyActionStats { agency }`, so only the agency columns they read are fetched.
 */
export async function provinceMetrics(
  ctx: Context,
  provinceCode: string,
  args: PeriodArgs,
  fields?: Set<string>,
  agencyFields?: Set<string>,
): Promise<ProvinceMetricsModel> {
  const viewer = requireViewer(ctx);
  const errors = new InputErrors();
  checkProvince(errors, provinceCode);
  const period = resolvePeriod(errors, ctx.today, args);
  errors.throwIfAny();
  const computed = await compute(ctx, viewer, [provinceCode], period, groupsFor(fields), false, agencyKeysFor(agencyFields));
  return provinceResult(provinceCode, period, computed, viewer, ctx.today);
}

/**
 * nationalMetrics: all provinces in the same statements (GROUP BY province), ordered by code.
 * `fields.national` are the NationalMetrics fields selected, `fields.province` those selected
 * under `provinces`, `fields.agency` those under `provinces { agencyActionStats { agency } }`.
 */
export async function nationalMetrics(
  ctx: Context,
  args: PeriodArgs,
  fields?: { national: Set<string>; province: Set<string>; agency?: Set<string> },
): Promise<NationalMetricsModel> {
  const viewer = requireViewer(ctx);
  const errors = new InputErrors();
  const period = resolvePeriod(errors, ctx.today, args);
  errors.throwIfAny();
  const groups = groupsFor(fields?.province);
  if (!fields || fields.national.has('actionsOverdue')) groups.add('actions');
  const national = !fields || fields.national.has('casesReported');
  const codes = referenceData().provinces.map((p) => p.code);
  const computed = await compute(ctx, viewer, codes, period, groups, national, agencyKeysFor(fields?.agency));
  const cp = seesExactCaseFigures(viewer, null) ? period : casePeriod(period, ctx.today);
  return {
    ...period,
    caseFrom: cp?.from ?? null,
    caseTo: cp?.to ?? null,
    provinces: codes.map((code) => provinceResult(code, period, computed, viewer, ctx.today)),
    actionsOverdue: computed.totalOverdue as number,
    casesReported: computed.nationalCases?.casesReported as NationalMetricsModel['casesReported'],
  };
}

/** metricsTrend: one point per calendar month overlapping [from, to]; national without provinceCode. */
export async function metricsTrend(
  ctx: Context,
  provinceCode: string | null | undefined,
  from: string,
  to: string,
): Promise<TrendPointModel[]> {
  const viewer = requireViewer(ctx);
  const errors = new InputErrors();
  if (provinceCode !== null && provinceCode !== undefined) checkProvince(errors, provinceCode);
  checkRange(errors, from, to);
  errors.throwIfAny();
  const codes = provinceCode ? [provinceCode] : referenceData().provinces.map((p) => p.code);
  const months: string[] = [];
  for (let m = `${from.slice(0, 7)}-01`; m <= to; m = addMonths(m, 1)) months.push(m);
  const batch = new Batch();
  const rows = trend(batch, codes, from, to);
  const cases = trendCaseCounts(ctx, batch, viewer, provinceCode ?? null, to, months, rows);
  const [, trendRows, shown] = await Promise.all([batch.run(ctx.sql), rows, cases]);
  return trendRows.map((r, i) => ({ ...r, casesReported: shown[i] }));
}
