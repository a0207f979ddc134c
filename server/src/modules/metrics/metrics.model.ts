import { Field, Float, Int, ObjectType } from 'type-graphql';
import { CaseOutcome, IssueArea, Sector } from '../../common/enums';
import { DateScalar } from '../../common/scalars';
import { AgencyModel } from '../agency/agency.model';
import { METRICS_COMPLEXITY } from './metrics.complexity';

@ObjectType('CaseCount', {
  simpleResolvers: true,
  description:
    'A count of cases as shown to the viewer. Viewers who are not ADMIN and not the COORDINATOR of the province see counts from 1 to 4 withheld (value null, suppressed true), a few more withheld so that none can be recovered by subtraction, and the others rounded to a multiple of 5 (rounded true): see the metrics document, "Disclosure control of case figures".',
})
export class CaseCountModel {
  @Field(() => Int, { nullable: true })
  value!: number | null;

  @Field(() => Boolean)
  suppressed!: boolean;

  @Field(() => Boolean, { description: 'True when the value shown was rounded to a multiple of 5 for this viewer.' })
  rounded!: boolean;
}

@ObjectType('IssueAreaCount', { simpleResolvers: true })
export class IssueAreaCountModel {
  @Field(() => IssueArea)
  issueArea!: IssueArea;

  @Field(() => CaseCountModel)
  count!: CaseCountModel;
}

@ObjectType('OutcomeCount', { simpleResolvers: true })
export class OutcomeCountModel {
  @Field(() => CaseOutcome)
  outcome!: CaseOutcome;

  @Field(() => CaseCountModel)
  count!: CaseCountModel;
}

@ObjectType('AgencyActionStats', { simpleResolvers: true, description: "One agency's action items in a province's metrics." })
export class AgencyActionStatsModel {
  /** Read in the same statement as the figures, so listing agencies costs no extra query. */
  @Field(() => AgencyModel)
  agency!: AgencyModel;

  @Field(() => Int, { description: 'Items OPEN, IN_PROGRESS or BLOCKED.' })
  open!: number;

  @Field(() => Int, { description: 'Open items with dueOn before asOf.' })
  overdue!: number;

  @Field(() => Int, { description: 'Items DONE with completedOn in the period.' })
  doneInPeriod!: number;

  @Field(() => Float, { nullable: true, description: "As onTimeCompletionRate, over this agency's items." })
  onTimeRate!: number | null;
}

@ObjectType('ProvinceMetrics', {
  simpleResolvers: true,
  description:
    "Cross-sector coordination metrics of one province over a period, evaluated as of one day. Each field's exact definition is in the metrics document. Rates are fractions from 0 to 1, null where nothing is there to measure.",
})
export class ProvinceMetricsModel {
  /** Resolved to the Province by the field resolver. */
  provinceCode!: string;

  @Field(() => DateScalar)
  from!: string;

  @Field(() => DateScalar)
  to!: string;

  @Field(() => DateScalar)
  asOf!: string;

  @Field(() => Boolean, {
    description: 'False when nothing of the province is recorded yet (no meeting, agreement, action item or case, whatever its dates); its coordinationIndex is then null.',
  })
  hasData!: boolean;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "The period the case figures cover for this viewer: [from, to] for ADMIN and the province's coordinator, the whole ended months within it for everyone else; null when no case figure can be shown.",
  })
  caseFrom!: string | null;

  @Field(() => DateScalar, { nullable: true })
  caseTo!: string | null;

  @Field(() => Int, { description: 'Agreements ACTIVE as of asOf.' })
  activeAgreements!: number;

  @Field(() => Int, { description: 'ACTIVE agreements with asOf < expiresOn <= asOf + 90 days.' })
  expiringAgreements!: number;

  @Field(() => [Sector], { description: 'The distinct sectors of the parties of ACTIVE agreements, in enum order.' })
  coveredSectors!: Sector[];

  @Field(() => Float, { description: 'Covered sectors other than OTHER, divided by 11.' })
  sectorCoverage!: number;

  @Field(() => Int, { description: 'Distinct pairs of agencies of different sectors that share an ACTIVE agreement.' })
  crossSectorPartnerships!: number;

  @Field(() => Int)
  meetingsHeld!: number;

  @Field(() => Int)
  commitments!: number;

  @Field(() => Int)
  commitmentsFulfilled!: number;

  @Field(() => Int)
  commitmentsOverdue!: number;

  @Field(() => Float, { nullable: true })
  fulfilmentRate!: number | null;

  @Field(() => Int)
  actionsOpen!: number;

  @Field(() => Int)
  actionsOverdue!: number;

  @Field(() => Int)
  actionsDoneInPeriod!: number;

  @Field(() => Float, { nullable: true })
  onTimeCompletionRate!: number | null;

  @Field(() => CaseCountModel)
  casesReported!: CaseCountModel;

  @Field(() => [IssueAreaCountModel])
  casesByIssueArea!: IssueAreaCountModel[];

  @Field(() => [OutcomeCountModel])
  casesByOutcome!: OutcomeCountModel[];

  @Field(() => Float, { nullable: true })
  medianDaysToFirstService!: number | null;

  @Field(() => Float, { nullable: true })
  referralAcceptanceRate!: number | null;

  @Field(() => Float, { nullable: true })
  multiSectorCaseRate!: number | null;

  @Field(() => Float, { nullable: true, description: '100 × the mean of the rates that are not null (as the viewer sees them), one decimal; null when hasData is false.' })
  coordinationIndex!: number | null;

  @Field(() => [AgencyActionStatsModel], { complexity: METRICS_COMPLEXITY.agencyActionStats })
  agencyActionStats!: AgencyActionStatsModel[];

  // Recommendations of oversight bodies (recommendations.md "Province metrics"): not case
  // figures (never suppressed), not part of the coordination index.

  @Field(() => Int, { description: 'Recommendations to the province issued within the period.' })
  recommendationsIssued!: number;

  @Field(() => Int, { description: 'Recommendations to the province issued on or before asOf and not answered by asOf.' })
  recommendationsAwaitingResponse!: number;

  @Field(() => Float, {
    nullable: true,
    description: "Of the period's recommendations whose answer was due or given by asOf, the share answered on time.",
  })
  recommendationResponseRate!: number | null;

  @Field(() => Int, { description: "Of the period's recommendations, those IMPLEMENTED now." })
  recommendationsImplemented!: number;
}

@ObjectType('NationalMetrics', { simpleResolvers: true })
export class NationalMetricsModel {
  @Field(() => DateScalar)
  from!: string;

  @Field(() => DateScalar)
  to!: string;

  @Field(() => DateScalar)
  asOf!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The period the national case figures cover for this viewer (see ProvinceMetrics.caseFrom).',
  })
  caseFrom!: string | null;

  @Field(() => DateScalar, { nullable: true })
  caseTo!: string | null;

  @Field(() => [ProvinceMetricsModel], { description: 'Every province, ordered by code.' })
  provinces!: ProvinceMetricsModel[];

  @Field(() => Int, { description: 'Overdue action items in the whole country.' })
  actionsOverdue!: number;

  @Field(() => CaseCountModel, { description: 'Cases reported in the period in the whole country.' })
  casesReported!: CaseCountModel;
}

@ObjectType('TrendPoint', { simpleResolvers: true })
export class TrendPointModel {
  @Field(() => DateScalar, { description: 'First day of the month.' })
  month!: string;

  @Field(() => Int)
  actionsOpened!: number;

  @Field(() => Int)
  actionsDone!: number;

  @Field(() => Int)
  actionsOverdueAtMonthEnd!: number;

  @Field(() => CaseCountModel)
  casesReported!: CaseCountModel;
}
