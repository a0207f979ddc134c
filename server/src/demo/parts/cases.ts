import { addDays, daysBetween } from '../../common/dates';
import { caseCode } from '../../modules/case/case.code';
import { DEMO_PROVINCES, type IssueName, type ProvinceProfile, type SectorName } from '../catalogue';
import {
  HISTORY_DAYS,
  type AgeName,
  type CaseRow,
  type OutcomeName,
  type ReferralRow,
  type ReferralStatusName,
  type ServiceName,
  type ServiceRow,
} from '../dataset';
import { maxDate, minDate, type DemoWorld } from '../world';
import type { Agencies } from './agencies';
import { AGE_BY_ISSUE, CLOSED_OUTCOMES, INTAKE, MALE_SHARE, REFERRAL, SERVICES, SERVICE_SECTORS } from './case-flows';

export interface Cases {
  rows: CaseRow[];
  referrals: ReferralRow[];
  services: ServiceRow[];
}

/** A case drawn for a province, before it has its code. */
interface CaseDraft {
  row: Omit<CaseRow, 'code'>;
  refs: Omit<ReferralRow, 'case'>[];
  svcs: Omit<ServiceRow, 'case'>[];
  order: number;
}

/** A few hundred anonymous cases per the provinces' profiles, with referrals, services and outcomes, then their codes. */
export function generateCases(w: DemoWorld, agencies: Agencies): Cases {
  const flows = caseFlows(w, agencies);
  const drafts: CaseDraft[] = [];
  for (const profile of DEMO_PROVINCES) {
    w.stream(`cases:${profile.code}`);
    const provinceRegencies = w.input.regencies.filter((r) => r.provinceCode === profile.code).map((r) => r.code);
    const withAgencies = new Set(agencies.rows.filter((a) => a.provinceCode === profile.code && a.regencyCode).map((a) => a.regencyCode!));
    for (let n = 0; n < profile.cases; n++) {
      drafts.push({ ...drawCase(w, flows, profile, provinceRegencies, withAgencies), order: drafts.length });
    }
  }
  drafts.sort((a, b) => (a.row.reportedOn !== b.row.reportedOn ? a.row.reportedOn.localeCompare(b.row.reportedOn) : a.order - b.order));
  return withCodes(w, drafts);
}

/** Which agencies take part in cases, and how a case picks one: near the case's regency first. */
function caseFlows(w: DemoWorld, agencies: Agencies) {
  const rows = agencies.rows;
  /** Agencies of a province that take part in individual cases for this issue. */
  const caseAgencies = (province: string, sector: SectorName, issue: IssueName): number[] =>
    rows
      .map((a, i) => i)
      .filter((i) => {
        const a = rows[i];
        if (!a.active || a.provinceCode !== province || a.sector !== sector) return false;
        if (sector === 'OVERSIGHT') return false;
        if (sector === 'OTHER') return issue === 'TRAFFICKING' && /bp3mi|imigrasi/.test(a.key);
        if (sector === 'JUDICIARY') return issue === 'CHILD_MARRIAGE' && /\.pa-/.test(a.key);
        return true;
      });
  const pickNear = (candidates: number[], regency: string | null): number => {
    const near = candidates.filter((i) => regency && rows[i].regencyCode === regency);
    const provincial = candidates.filter((i) => rows[i].regencyCode === null);
    if (near.length && w.rng.chance(0.7)) return w.rng.pick(near);
    if (provincial.length && w.rng.chance(0.8)) return w.rng.pick(provincial);
    return w.rng.pick(candidates);
  };
  const pickSector = (province: string, issue: IssueName, weights: Partial<Record<SectorName, number>>, exclude: Set<number>) => {
    const usable: Partial<Record<SectorName, number>> = {};
    for (const [s, wt] of Object.entries(weights) as [SectorName, number][]) {
      if (caseAgencies(province, s, issue).some((i) => !exclude.has(i))) usable[s] = wt;
    }
    return Object.keys(usable).length ? w.rng.weighted(usable) : null;
  };
  return { agencies, caseAgencies, pickNear, pickSector };
}
type CaseFlows = ReturnType<typeof caseFlows>;

/** Who, what and where a case is about, where it came in; then its referrals, services and outcome. */
function drawCase(w: DemoWorld, flows: CaseFlows, profile: ProvinceProfile, provinceRegencies: string[], withAgencies: Set<string>): Omit<CaseDraft, 'order'> {
  const { rng } = w;
  const rows = flows.agencies.rows;
  // Recent months carry more weight (growing use of the hub): uniform mixed with a ramp.
  const age = rng.chance(0.4) ? Math.floor(HISTORY_DAYS * (1 - Math.sqrt(rng.next()))) : rng.int(0, HISTORY_DAYS);
  const reportedOn = w.day(-age);
  const issue = rng.weighted<IssueName>(profile.issueWeights);
  let ageGroup = rng.weighted<AgeName>(AGE_BY_ISSUE[issue]);
  const sex: 'FEMALE' | 'MALE' = issue !== 'VIOLENCE_AGAINST_WOMEN' && rng.chance(MALE_SHARE[issue]) ? 'MALE' : 'FEMALE';
  if (issue === 'CHILD_MARRIAGE' && sex === 'MALE') ageGroup = 'CHILD_13_17';

  const intakeSector = flows.pickSector(profile.code, issue, INTAKE[issue] ?? INTAKE.OTHER!, new Set<number>()) ?? 'PROTECTION_SERVICE';
  let regencyCode: string | null = rng.chance(0.08)
    ? null
    : rng.chance(0.6) && withAgencies.size
      ? rng.pick([...withAgencies])
      : rng.pick(provinceRegencies);
  const intake = flows.pickNear(flows.caseAgencies(profile.code, intakeSector, issue), regencyCode);
  if (rows[intake].regencyCode && rng.chance(0.8)) regencyCode = rows[intake].regencyCode;

  const involved = new Set<number>([intake]);
  // Weaker networks leave more cases with the intake agency alone (single-sector).
  const isolated = rng.chance((1 - profile.performance) * 0.5);
  const c: CaseContext = { profile, issue, regencyCode, reportedOn, intake, involved, isolated };
  const refs = drawReferrals(w, flows, c);
  const svcs = drawServices(w, flows, c, ageGroup.startsWith('CHILD'));
  const { outcome, closedOn, lastActivity } = drawOutcome(w, flows, c, age, refs, svcs);
  return {
    row: {
      provinceCode: profile.code,
      regencyCode,
      issueArea: issue,
      victimAgeGroup: ageGroup,
      victimSex: sex,
      reportedOn,
      intakeAgency: intake,
      outcome,
      closedOn,
      createdAt: w.stamp(reportedOn, w.officeMinute()),
      updatedAt: w.stamp(maxDate(lastActivity, closedOn ?? lastActivity), 16 * 60 + rng.int(0, 60)),
    },
    refs,
    svcs,
  };
}

interface CaseContext {
  profile: ProvinceProfile;
  issue: IssueName;
  regencyCode: string | null;
  reportedOn: string;
  intake: number;
  /** Agencies that accepted the case so far (grows with the referrals). */
  involved: Set<number>;
  isolated: boolean;
}

/** Referrals: a chain from the intake agency; declined ones are re-referred from the intake. */
function drawReferrals(w: DemoWorld, flows: CaseFlows, c: CaseContext): Omit<ReferralRow, 'case'>[] {
  const { rng, today } = w;
  const rows = flows.agencies.rows;
  const { profile, issue, regencyCode, intake, involved } = c;
  const refs: Omit<ReferralRow, 'case'>[] = [];
  const nRefs = c.isolated ? 0 : Number(rng.weighted({ '0': 18, '1': 40, '2': 29, '3': 13 }));
  let from = intake;
  let date = c.reportedOn;
  const legalIssue = issue !== 'CHILD_MARRIAGE' && issue !== 'OTHER';
  for (let k = 0; k < nRefs; k++) {
    let to: number | null = null;
    const hasPolice = [...involved].some((i) => rows[i].sector === 'POLICE');
    if (legalIssue && hasPolice && ![...involved].some((i) => rows[i].sector === 'PROSECUTION') && rng.chance(0.5)) {
      const pros = flows.caseAgencies(profile.code, 'PROSECUTION', issue);
      if (pros.length) to = flows.pickNear(pros, regencyCode);
    }
    if (to === null && issue === 'TRAFFICKING' && rng.chance(0.06)) to = flows.agencies.A(rng.pick(['nat.bareskrim', 'nat.lpsk']));
    if (to === null) {
      const sector = flows.pickSector(profile.code, issue, REFERRAL[issue], involved);
      if (!sector) break;
      const candidates = flows.caseAgencies(profile.code, sector, issue).filter((i) => !involved.has(i));
      to = flows.pickNear(candidates, regencyCode);
    }
    if (to === from || involved.has(to)) continue;
    date = addDays(date, k === 0 ? rng.int(0, 3) : rng.int(1, 21));
    if (date > today) break;
    const waited = daysBetween(date, today);
    const p = profile.performance;
    let status: ReferralStatusName;
    if (waited < 14 && rng.chance(0.65)) status = 'PENDING';
    else {
      const u = rng.next();
      if (u < 0.03 + 0.15 * (1 - p)) status = 'PENDING';
      else if (u < 0.08 + 0.5 * (1 - p)) status = 'DECLINED';
      else status = waited > 45 && rng.chance(0.6) ? 'COMPLETED' : 'ACCEPTED';
    }
    const respondedOn = status === 'PENDING' ? null : minDate(today, addDays(date, rng.int(0, 1 + Math.ceil(9 * (1 - p)))));
    refs.push({ from, to, referredOn: date, respondedOn, status, createdAt: w.stamp(date, w.officeMinute()) });
    if (status === 'ACCEPTED' || status === 'COMPLETED') {
      involved.add(to);
      from = rng.chance(0.5) ? to : intake;
    } else {
      from = intake;
    }
  }
  return refs;
}

/** Services, the first after a province-typical delay, each from an involved agency of a fitting sector where there is one. */
function drawServices(w: DemoWorld, flows: CaseFlows, c: CaseContext, child: boolean): Omit<ServiceRow, 'case'>[] {
  const { rng, today } = w;
  const rows = flows.agencies.rows;
  const { profile, issue, regencyCode, intake, involved } = c;
  const svcs: Omit<ServiceRow, 'case'>[] = [];
  const nSvcs = Number(rng.weighted({ '0': 10, '1': 30, '2': 30, '3': 20, '4': 10 }));
  const chosen = new Set<ServiceName>();
  let svcDate = addDays(c.reportedOn, Math.min(60, Math.floor(-profile.serviceDelay * Math.log(1 - rng.next() * 0.999))));
  for (let k = 0; k < nSvcs; k++) {
    const weights: Partial<Record<ServiceName, number>> = {};
    for (const [t, wt] of Object.entries(SERVICES[issue]) as [ServiceName, number][]) {
      if (chosen.has(t) || (t === 'EDUCATION_CONTINUITY' && !child)) continue;
      weights[t] = wt;
    }
    if (!Object.keys(weights).length) break;
    const type = rng.weighted(weights);
    chosen.add(type);
    if (k > 0) svcDate = addDays(svcDate, rng.int(0, 30));
    if (svcDate > today) break;
    let agency: number | null = c.isolated ? intake : null;
    if (agency === null && type === 'RESTITUTION' && rng.chance(0.6)) agency = flows.agencies.A('nat.lpsk');
    if (agency === null) {
      for (const sector of SERVICE_SECTORS[type]) {
        const mine = [...involved].filter((i) => rows[i].sector === sector);
        if (mine.length) {
          agency = rng.pick(mine);
          break;
        }
        const any = flows.caseAgencies(profile.code, sector, issue);
        if (any.length) {
          agency = flows.pickNear(any, regencyCode);
          break;
        }
      }
    }
    svcs.push({ agency: agency ?? intake, type, providedOn: svcDate, createdAt: w.stamp(svcDate, w.officeMinute()) });
  }
  return svcs;
}

/** Outcome, from how old the case is and whether the justice system is involved; closed cases get a closing date. */
function drawOutcome(
  w: DemoWorld,
  flows: CaseFlows,
  c: CaseContext,
  age: number,
  refs: Omit<ReferralRow, 'case'>[],
  svcs: Omit<ServiceRow, 'case'>[],
): { outcome: OutcomeName; closedOn: string | null; lastActivity: string } {
  const { rng, today } = w;
  const rows = flows.agencies.rows;
  let lastActivity = c.reportedOn;
  for (const r of refs) lastActivity = maxDate(lastActivity, r.respondedOn ?? r.referredOn);
  for (const s of svcs) lastActivity = maxDate(lastActivity, s.providedOn);
  const legal = [...c.involved].some((i) => rows[i].sector === 'POLICE' || rows[i].sector === 'PROSECUTION');
  let outcome: OutcomeName;
  if (age < 21) {
    outcome = refs.some((r) => r.status === 'ACCEPTED') && rng.chance(0.05) ? 'REFERRED_OUT' : svcs.length && rng.chance(0.7) ? 'IN_SERVICE' : 'OPEN';
  } else if (legal) {
    outcome = rng.weighted<OutcomeName>({
      IN_LEGAL_PROCESS: age < 240 ? 45 : 15,
      CONVICTED: age > 90 ? 25 : 0,
      DISMISSED: 8,
      WITHDRAWN: 8,
      RESOLVED: 10,
      IN_SERVICE: 5,
    });
  } else {
    outcome = rng.weighted<OutcomeName>({ IN_SERVICE: age < 200 ? 30 : 10, RESOLVED: 45, WITHDRAWN: 8, REFERRED_OUT: 10, OPEN: 5 });
  }
  let closedOn: string | null = null;
  if (CLOSED_OUTCOMES.includes(outcome)) {
    closedOn = addDays(maxDate(lastActivity, addDays(c.reportedOn, outcome === 'CONVICTED' ? 90 : 10)), rng.int(0, 30));
    if (closedOn > today) {
      if (outcome === 'REFERRED_OUT' || outcome === 'WITHDRAWN') closedOn = today;
      else {
        outcome = legal ? 'IN_LEGAL_PROCESS' : 'IN_SERVICE';
        closedOn = null;
      }
    }
  }
  return { outcome, closedOn, lastActivity };
}

/** Codes as the hub writes them (case.code.ts), from their own seeded stream, in the order cases were reported. */
function withCodes(w: DemoWorld, drafts: CaseDraft[]): Cases {
  w.stream('case codes');
  const isoByProvince = new Map(w.input.provinces.map((p) => [p.code, p.isoCode]));
  const out: Cases = { rows: [], referrals: [], services: [] };
  const used = new Set<string>();
  for (const d of drafts) {
    const prefix = isoByProvince.get(d.row.provinceCode)!;
    const year = Number(d.row.reportedOn.slice(0, 4));
    let code: string;
    do code = caseCode(prefix, year, (n) => w.rng.int(0, n - 1));
    while (used.has(code));
    used.add(code);
    const c = out.rows.length;
    out.rows.push({ code, ...d.row });
    for (const r of d.refs) out.referrals.push({ case: c, ...r });
    for (const s of d.svcs) out.services.push({ case: c, ...s });
  }
  return out;
}
