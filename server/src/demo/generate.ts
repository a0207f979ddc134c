import { addDays, addMonths, daysBetween } from '../common/dates';
import {
  ACCOUNTS,
  AGENCIES,
  AGREEMENTS,
  DEMO_PROVINCES,
  KEY_MEETINGS,
  NETWORKS,
  type IssueName,
  type KindName,
  type MemberRoleName,
  type RoleName,
  type SectorName,
} from './catalogue';
import { caseCode } from '../modules/case/case.code';
import { DEMO_SEED, Rng } from './prng';
import * as TXT from './texts';

/**
 * Builds the whole demo world in memory, without touching the database: every row
 * refers to other rows by their index in the dataset's arrays, and the loader turns
 * indexes into ids. The same `today` (and reference data) gives the same dataset.
 */

export interface ProvinceRef {
  code: string;
  isoCode: string;
  name: string;
}
export interface RegencyRef {
  code: string;
  provinceCode: string;
  name: string;
}
export interface GenerateInput {
  /** YYYY-MM-DD in the hub's time zone. */
  today: string;
  /** Wall clock, only to keep timestamps of today's records out of the future. */
  now: Date;
  provinces: ProvinceRef[];
  regencies: RegencyRef[];
}

type ActionStatusName = 'OPEN' | 'IN_PROGRESS' | 'BLOCKED' | 'DONE' | 'CANCELLED';
type PriorityName = 'LOW' | 'MEDIUM' | 'HIGH' | 'URGENT';
type CommitmentStatusName = 'PLANNED' | 'IN_PROGRESS' | 'FULFILLED' | 'LAPSED';
type ReferralStatusName = 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'COMPLETED';
type ServiceName =
  | 'MEDICAL'
  | 'PSYCHOSOCIAL'
  | 'LEGAL_AID'
  | 'SHELTER'
  | 'SOCIAL_ASSISTANCE'
  | 'EDUCATION_CONTINUITY'
  | 'RESTITUTION'
  | 'REHABILITATION'
  | 'REINTEGRATION';
type AgeName = 'CHILD_0_5' | 'CHILD_6_12' | 'CHILD_13_17' | 'ADULT_18_24' | 'ADULT_25_59' | 'ADULT_60_PLUS';
type OutcomeName = 'OPEN' | 'IN_SERVICE' | 'IN_LEGAL_PROCESS' | 'RESOLVED' | 'CONVICTED' | 'DISMISSED' | 'WITHDRAWN' | 'REFERRED_OUT';

export interface AgencyRow {
  key: string;
  name: string;
  acronym: string | null;
  sector: SectorName;
  level: string;
  provinceCode: string | null;
  regencyCode: string | null;
  active: boolean;
  createdAt: string;
}
export interface NetworkRow {
  name: string;
  description: string;
  provinceCode: string | null;
  issueAreas: IssueName[];
  createdAt: string;
}
export interface MembershipRow {
  network: number;
  agency: number;
  role: MemberRoleName;
  joinedOn: string | null;
}
export interface MeetingRow {
  key: string;
  title: string;
  heldOn: string;
  provinceCode: string | null;
  network: number | null;
  summary: string;
  createdAt: string;
}
export interface AttendeeRow {
  meeting: number;
  agency: number;
}
export interface AgreementRow {
  key: string;
  title: string;
  reference: string | null;
  kind: KindName;
  issueAreas: IssueName[];
  provinceCode: string | null;
  network: number | null;
  meeting: number | null;
  signedOn: string | null;
  expiresOn: string | null;
  terminatedOn: string | null;
  createdAt: string;
  updatedAt: string;
}
export interface PartyRow {
  agreement: number;
  agency: number;
}
export interface CommitmentRow {
  agreement: number;
  agency: number;
  description: string;
  issueArea: IssueName | null;
  indicator: string | null;
  targetValue: number | null;
  achievedValue: number | null;
  dueOn: string;
  status: CommitmentStatusName;
  createdAt: string;
  updatedAt: string;
}
export interface UserRow {
  email: string;
  displayName: string;
  role: RoleName;
  provinceCode: string | null;
  agency: number | null;
  description: string;
  createdAt: string;
}
export interface ActionItemRow {
  title: string;
  description: string | null;
  provinceCode: string;
  agency: number;
  commitment: number | null;
  meeting: number | null;
  priority: PriorityName;
  status: ActionStatusName;
  openedOn: string;
  dueOn: string;
  completedOn: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}
export type Changes = Record<string, { before: unknown; after: unknown }>;
export interface ActionUpdateRow {
  item: number;
  author: number;
  note: string | null;
  fromStatus: ActionStatusName | null;
  toStatus: ActionStatusName | null;
  changes: Changes | null;
  createdAt: string;
}
export interface AuditRow {
  at: string;
  actor: number;
  action: string;
  item: number;
  provinceCode: string;
  changes: Changes | null;
}
export interface CaseRow {
  code: string;
  provinceCode: string;
  regencyCode: string | null;
  issueArea: IssueName;
  victimAgeGroup: AgeName;
  victimSex: 'FEMALE' | 'MALE';
  reportedOn: string;
  intakeAgency: number;
  outcome: OutcomeName;
  closedOn: string | null;
  createdAt: string;
  updatedAt: string;
}
export interface ReferralRow {
  case: number;
  from: number;
  to: number;
  referredOn: string;
  respondedOn: string | null;
  status: ReferralStatusName;
  createdAt: string;
}
export interface ServiceRow {
  case: number;
  agency: number;
  type: ServiceName;
  providedOn: string;
  createdAt: string;
}
export interface DemoDataset {
  today: string;
  agencies: AgencyRow[];
  networks: NetworkRow[];
  memberships: MembershipRow[];
  meetings: MeetingRow[];
  attendees: AttendeeRow[];
  agreements: AgreementRow[];
  parties: PartyRow[];
  commitments: CommitmentRow[];
  users: UserRow[];
  actionItems: ActionItemRow[];
  actionUpdates: ActionUpdateRow[];
  auditEvents: AuditRow[];
  cases: CaseRow[];
  referrals: ReferralRow[];
  services: ServiceRow[];
}

/** How far back action items and cases reach. */
export const HISTORY_DAYS = 547;

const CLOSED_OUTCOMES: OutcomeName[] = ['RESOLVED', 'CONVICTED', 'DISMISSED', 'WITHDRAWN', 'REFERRED_OUT'];

export function generateDemoData(input: GenerateInput): DemoDataset {
  const { today } = input;
  // One random stream per part of the world, so that editing one part of the catalogue
  // does not reshuffle the others.
  let rng = new Rng(DEMO_SEED);
  const stream = (label: string) => {
    rng = new Rng(DEMO_SEED ^ fnv1a(label));
  };
  const day = (offset: number) => addDays(today, offset);
  const yesterday = day(-1);
  const minDate = (a: string, b: string) => (a < b ? a : b);
  const maxDate = (a: string, b: string) => (a > b ? a : b);
  const between = (from: string, to: string) => (to <= from ? from : addDays(from, rng.int(0, daysBetween(from, to))));
  const nowMs = input.now.getTime();
  /** A timestamp on `date` at `minute` past midnight, Western Indonesia Time; never in the future. */
  const stamp = (date: string, minute: number) => {
    const m = Math.max(0, Math.min(24 * 60 - 1, Math.round(minute)));
    const iso = `${date}T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00+07:00`;
    return date >= today && Date.parse(iso) > nowMs ? input.now.toISOString() : iso;
  };
  const officeMinute = () => rng.int(8 * 60, 16 * 60 + 30);

  // ------------------------------------------------------------ reference data
  const regencyByCode = new Map(input.regencies.map((r) => [r.code, r]));
  const isoByProvince = new Map(input.provinces.map((p) => [p.code, p.isoCode]));
  const regenciesOf = (province: string) => input.regencies.filter((r) => r.provinceCode === province).map((r) => r.code);
  for (const p of DEMO_PROVINCES) {
    if (!isoByProvince.has(p.code)) throw new Error(`Demo data: province ${p.code} is not in the reference data`);
  }
  const profileOf = new Map(DEMO_PROVINCES.map((p) => [p.code, p]));

  // ------------------------------------------------------------ agencies
  stream('agencies');
  const agencies: AgencyRow[] = [];
  const agencyIdx = new Map<string, number>();
  const reliability: number[] = [];
  AGENCIES.forEach((spec, i) => {
    if (agencyIdx.has(spec.key)) throw new Error(`Demo data: duplicate agency key ${spec.key}`);
    if (spec.regency && regencyByCode.get(spec.regency)?.provinceCode !== spec.province) {
      throw new Error(`Demo data: agency ${spec.key} names regency ${spec.regency} outside province ${spec.province}`);
    }
    agencyIdx.set(spec.key, agencies.length);
    agencies.push({
      key: spec.key,
      name: spec.name,
      acronym: spec.acronym,
      sector: spec.sector,
      level: spec.level,
      provinceCode: spec.province,
      regencyCode: spec.regency,
      active: spec.active,
      createdAt: stamp(day(-760 + (i % 30)), 7 * 60 + i),
    });
    const base = spec.province ? (profileOf.get(spec.province)?.performance ?? 0.6) : 0.6;
    reliability.push(spec.reliability ?? Math.max(0.1, Math.min(0.95, base + (rng.next() - 0.5) * 0.4)));
  });
  const A = (key: string): number => {
    const i = agencyIdx.get(key);
    if (i === undefined) throw new Error(`Demo data: unknown agency key ${key}`);
    return i;
  };
  const label = (i: number) => agencies[i].acronym ?? agencies[i].name;

  // ------------------------------------------------------------ networks
  stream('networks');
  const networks: NetworkRow[] = [];
  const memberships: MembershipRow[] = [];
  const networkIdx = new Map<string, number>();
  const networkMembers: number[][] = [];
  for (const spec of NETWORKS) {
    const n = networks.length;
    networkIdx.set(spec.key, n);
    const formedOn = day(-spec.formed);
    networks.push({
      name: spec.name,
      description: spec.description,
      provinceCode: spec.province,
      issueAreas: spec.issueAreas,
      createdAt: stamp(formedOn, 10 * 60),
    });
    const members: number[] = [];
    const add = (key: string, role: MemberRoleName) => {
      const a = A(key);
      if (!agencies[a].active) throw new Error(`Demo data: inactive agency ${key} in network ${spec.key}`);
      if (members.includes(a)) throw new Error(`Demo data: agency ${key} twice in network ${spec.key}`);
      members.push(a);
      const joinedOn = role === 'LEAD' ? formedOn : rng.chance(0.15) ? null : addDays(formedOn, rng.int(0, Math.max(0, spec.formed - 30)));
      memberships.push({ network: n, agency: a, role, joinedOn });
    };
    add(spec.lead, 'LEAD');
    spec.members.forEach((k) => add(k, 'MEMBER'));
    spec.observers.forEach((k) => add(k, 'OBSERVER'));
    networkMembers.push(members);
  }

  // ------------------------------------------------------------ meetings (drafts first, sorted by date)
  stream('meetings');
  interface FollowUpDraft {
    agency: number;
    title: string;
    dueAfter: number;
    priority: PriorityName | null;
  }
  interface MeetingDraft {
    key: string;
    title: string;
    heldOn: string;
    provinceCode: string | null;
    network: number | null;
    attendees: number[];
    summary: string | null;
    issues: IssueName[];
    followUps: FollowUpDraft[];
  }
  const drafts: MeetingDraft[] = [];
  for (const spec of KEY_MEETINGS) {
    const attendees = spec.attendees.map(A);
    if (new Set(attendees).size !== attendees.length) throw new Error(`Demo data: duplicate attendee in ${spec.key}`);
    drafts.push({
      key: spec.key,
      title: spec.title,
      heldOn: day(spec.held),
      provinceCode: spec.province,
      network: spec.network ? networkIdx.get(spec.network)! : null,
      attendees,
      summary: spec.summary,
      issues: [],
      followUps: spec.followUps.map((f) => ({ agency: A(f.agency), title: f.title, dueAfter: f.dueAfter, priority: f.priority ?? null })),
    });
  }
  const keyHeld = drafts.map((d) => ({ network: d.network, heldOn: d.heldOn }));
  NETWORKS.forEach((spec, n) => {
    if (!spec.cadence) return;
    let offset = -rng.int(6, 30);
    let count = 0;
    while (offset > -Math.min(HISTORY_DAYS + 60, spec.formed)) {
      const heldOn = day(offset);
      const clash = keyHeld.some((k) => k.network === n && Math.abs(daysBetween(k.heldOn, heldOn)) < 25);
      if (!clash) {
        const members = networkMembers[n];
        const lead = members[0];
        const rest = members.slice(1).filter((a) => memberships.find((m) => m.network === n && m.agency === a)!.role === 'MEMBER');
        const observers = members.filter((a) => memberships.find((m) => m.network === n && m.agency === a)!.role === 'OBSERVER');
        const attendees = [
          lead,
          ...rng.sample(rest, Math.max(2, Math.round(rest.length * (0.55 + rng.next() * 0.45)))),
          ...observers.filter(() => rng.chance(0.35)),
        ];
        const [y, m] = heldOn.split('-').map(Number);
        const quarter = TXT.ROMAN_MONTHS[Math.floor((m - 1) / 3)];
        const title = TXT.MEETING_TITLES[(count + rng.int(0, 1)) % TXT.MEETING_TITLES.length](spec.short, quarter, y);
        const followUps: FollowUpDraft[] = [];
        if (offset >= -HISTORY_DAYS) {
          const k = rng.int(1, 3);
          for (const a of rng.sample(attendees, k)) {
            followUps.push({ agency: a, title: rng.pick(TXT.SECTOR_TASKS[agencies[a].sector]), dueAfter: rng.int(14, 90), priority: null });
          }
        }
        drafts.push({ key: `${spec.key}#${count}`, title, heldOn, provinceCode: spec.province, network: n, attendees, summary: null, issues: spec.issueAreas, followUps });
        count += 1;
      }
      offset -= spec.cadence + rng.int(-15, 15);
    }
  });
  drafts.sort((a, b) => (a.heldOn === b.heldOn ? a.key.localeCompare(b.key) : a.heldOn.localeCompare(b.heldOn)));

  const meetings: MeetingRow[] = [];
  const attendees: AttendeeRow[] = [];
  const meetingIdx = new Map<string, number>();
  for (const d of drafts) {
    const i = meetings.length;
    meetingIdx.set(d.key, i);
    let summary = d.summary;
    if (!summary) {
      const parts = [rng.pick(TXT.TOPIC_SENTENCES[rng.pick(d.issues)])];
      parts.push(...rng.sample(TXT.DECISION_SENTENCES, rng.int(1, 2)));
      if (d.followUps.length) {
        parts.push(`Tindak lanjut: ${d.followUps.map((f) => `${label(f.agency)} — ${f.title.charAt(0).toLowerCase()}${f.title.slice(1)}`).join('; ')}.`);
      }
      if (rng.chance(0.4)) parts.push(TXT.PRIVACY_SENTENCE);
      parts.push(TXT.NEXT_MEETING_SENTENCE);
      summary = parts.join(' ');
    }
    meetings.push({
      key: d.key,
      title: d.title,
      heldOn: d.heldOn,
      provinceCode: d.provinceCode,
      network: d.network,
      summary,
      createdAt: stamp(addDays(d.heldOn, rng.int(0, 2)), 15 * 60 + rng.int(0, 120)),
    });
    for (const a of d.attendees) attendees.push({ meeting: i, agency: a });
  }

  // ------------------------------------------------------------ agreements, parties, commitments
  stream('agreements');
  const agreements: AgreementRow[] = [];
  const parties: PartyRow[] = [];
  const commitments: CommitmentRow[] = [];
  const agreementStatus: string[] = [];
  for (const spec of AGREEMENTS) {
    const g = agreements.length;
    const meeting = spec.meeting ? meetingIdx.get(spec.meeting) : undefined;
    if (spec.meeting && meeting === undefined) throw new Error(`Demo data: unknown meeting ${spec.meeting}`);
    let signedOn: string | null;
    if (meeting !== undefined) signedOn = meetings[meeting].heldOn;
    else if (spec.signed === null) signedOn = null;
    else if (spec.signed !== undefined) signedOn = day(spec.signed);
    else if (spec.expires != null && spec.term) signedOn = addMonths(day(spec.expires + 1), -spec.term);
    else throw new Error(`Demo data: agreement ${spec.key} has no signing date rule`);
    let expiresOn: string | null = null;
    if (spec.expires !== undefined) expiresOn = spec.expires === null ? null : day(spec.expires);
    else if (spec.term && signedOn) expiresOn = addDays(addMonths(signedOn, spec.term), -1);
    const terminatedOn = spec.terminated !== undefined ? day(spec.terminated) : null;
    const status =
      signedOn === null || signedOn > today ? 'DRAFT' : terminatedOn && terminatedOn <= today ? 'TERMINATED' : expiresOn && expiresOn < today ? 'EXPIRED' : 'ACTIVE';
    agreementStatus.push(status);
    const partyIdx = spec.parties.map(A);
    if (partyIdx.length < 2 || partyIdx.length > 6 || new Set(partyIdx).size !== partyIdx.length) {
      throw new Error(`Demo data: agreement ${spec.key} needs 2-6 distinct parties`);
    }
    let reference = spec.reference;
    if (reference) {
      const ref = signedOn ?? today;
      reference = reference.replace('{Y}', ref.slice(0, 4)).replace('{M}', TXT.ROMAN_MONTHS[Number(ref.slice(5, 7)) - 1]);
    }
    const createdOn = signedOn && signedOn <= today ? addDays(signedOn, -rng.int(20, 60)) : day(-rng.int(10, 90));
    const updatedOn = terminatedOn ?? (signedOn && signedOn <= today ? signedOn : createdOn);
    agreements.push({
      key: spec.key,
      title: spec.title,
      reference,
      kind: spec.kind,
      issueAreas: spec.issueAreas,
      provinceCode: spec.province,
      network: spec.network ? networkIdx.get(spec.network)! : null,
      meeting: meeting ?? null,
      signedOn,
      expiresOn,
      terminatedOn,
      createdAt: stamp(createdOn, officeMinute()),
      updatedAt: stamp(updatedOn, 16 * 60 + rng.int(0, 60)),
    });
    for (const a of partyIdx) parties.push({ agreement: g, agency: a });

    // What each party promised: one or two commitments for most parties.
    const who = rng.sample(partyIdx, Math.max(1, Math.min(partyIdx.length, rng.int(2, 4))));
    if (rng.chance(0.3)) who.push(who[0]);
    const used = new Set<string>();
    for (const a of who) {
      const options = TXT.COMMITMENTS[agencies[a].sector].filter((t) => !used.has(`${a}:${t.description}`));
      if (!options.length) continue;
      const tpl = rng.pick(options);
      used.add(`${a}:${tpl.description}`);
      const r = reliability[a];
      let dueOn: string;
      let cStatus: CommitmentStatusName;
      if (status === 'DRAFT') {
        dueOn = addDays(maxDate(signedOn ?? today, today), rng.int(90, 365));
        cStatus = 'PLANNED';
      } else {
        dueOn = addDays(signedOn!, rng.int(60, 540));
        if (expiresOn && dueOn > expiresOn) dueOn = maxDate(addDays(signedOn!, 30), addDays(expiresOn, -rng.int(0, 60)));
        if (dueOn < today) {
          const u = rng.next();
          if (status === 'TERMINATED') cStatus = u < r ? 'FULFILLED' : 'LAPSED';
          else if (u < 0.2 + 0.5 * r) cStatus = 'FULFILLED';
          else if (u < 0.3 + 0.5 * r) cStatus = 'LAPSED';
          else cStatus = rng.chance(0.6) ? 'IN_PROGRESS' : 'PLANNED';
        } else if (status === 'TERMINATED') {
          cStatus = 'LAPSED';
        } else {
          const u = rng.next();
          cStatus = u < 0.12 ? 'FULFILLED' : u < 0.7 ? 'IN_PROGRESS' : 'PLANNED';
        }
      }
      let targetValue: number | null = null;
      let achievedValue: number | null = null;
      if (tpl.target) {
        targetValue = rng.int(tpl.target[0], tpl.target[1]);
        if (cStatus === 'FULFILLED') achievedValue = targetValue + (targetValue > 5 ? rng.int(0, Math.ceil(targetValue * 0.2)) : 0);
        else if (cStatus === 'IN_PROGRESS') achievedValue = Math.floor(targetValue * (0.2 + rng.next() * 0.6));
        else if (cStatus === 'LAPSED') achievedValue = Math.floor(targetValue * rng.next() * 0.6);
        else achievedValue = rng.chance(0.5) ? 0 : null;
      }
      const createdOn = signedOn && signedOn <= today ? signedOn : agreements[g].createdAt.slice(0, 10);
      const lastChange = cStatus === 'PLANNED' ? createdOn : between(createdOn, minDate(today, cStatus === 'FULFILLED' || cStatus === 'LAPSED' ? maxDate(createdOn, dueOn) : today));
      commitments.push({
        agreement: g,
        agency: a,
        description: tpl.description,
        issueArea: rng.chance(0.8) ? rng.pick(spec.issueAreas) : null,
        indicator: tpl.indicator,
        targetValue,
        achievedValue,
        dueOn,
        status: cStatus,
        createdAt: stamp(createdOn, officeMinute()),
        updatedAt: stamp(lastChange, 16 * 60 + rng.int(0, 60)),
      });
    }
  }

  // ------------------------------------------------------------ users
  const users: UserRow[] = ACCOUNTS.map((acc, i) => ({
    email: acc.email,
    displayName: acc.displayName,
    role: acc.role,
    provinceCode: acc.province ?? null,
    agency: acc.agency ? A(acc.agency) : null,
    description: acc.description,
    createdAt: stamp(day(-HISTORY_DAYS - 30), 9 * 60 + i),
  }));
  const memberUserOf = new Map<number, number>();
  const coordinatorOf = new Map<string, number>();
  users.forEach((u, i) => {
    if (u.role === 'MEMBER' && u.agency !== null) memberUserOf.set(u.agency, i);
    if (u.role === 'COORDINATOR' && u.provinceCode) coordinatorOf.set(u.provinceCode, i);
  });
  const adminUser = users.findIndex((u) => u.role === 'ADMIN');

  // ------------------------------------------------------------ action items and their history
  stream('actions');
  const actionItems: ActionItemRow[] = [];
  const actionUpdates: ActionUpdateRow[] = [];
  const auditEvents: AuditRow[] = [];
  const windowStart = day(-HISTORY_DAYS);
  /** An item belongs to its agency's province; national agencies' items to the meeting's or agreement's (else Jakarta). */
  const provinceForItem = (agency: number, context: string | null) => agencies[agency].provinceCode ?? context ?? '31';
  const pickPriority = (): PriorityName => rng.weighted<PriorityName>({ LOW: 20, MEDIUM: 45, HIGH: 25, URGENT: 10 });

  interface ItemPlan {
    title: string;
    description: string | null;
    provinceCode: string;
    agency: number;
    commitment: number | null;
    meeting: number | null;
    priority: PriorityName;
    openedOn: string;
    dueOn: string;
    hint: 'done' | 'stalled' | null;
  }

  const realise = (plan: ItemPlan) => {
    const r = reliability[plan.agency];
    const { openedOn } = plan;
    const dueOn = plan.dueOn < openedOn ? openedOn : plan.dueOn;
    let status: ActionStatusName;
    let completedOn: string | null = null;
    if (openedOn >= today) {
      status = 'OPEN';
    } else {
      const pastDue = dueOn < today;
      if (plan.hint === 'done') status = 'DONE';
      else if (plan.hint === 'stalled') status = pastDue ? rng.weighted<ActionStatusName>({ CANCELLED: 40, BLOCKED: 35, IN_PROGRESS: 25 }) : 'BLOCKED';
      else if (pastDue) {
        const u = rng.next();
        if (u < 0.06) status = 'CANCELLED';
        else if (u < 0.36 + 0.55 * r) status = 'DONE';
        else status = rng.weighted<ActionStatusName>({ BLOCKED: 25, IN_PROGRESS: 45, OPEN: 30 });
      } else {
        status = rng.weighted<ActionStatusName>({ DONE: 15, CANCELLED: 3, BLOCKED: 10, IN_PROGRESS: 40, OPEN: 32 });
      }
      if (status === 'DONE') {
        if (dueOn < today) {
          if (rng.chance(0.25 + 0.7 * r)) completedOn = between(addDays(openedOn, Math.floor(daysBetween(openedOn, dueOn) * 0.4)), dueOn);
          else completedOn = minDate(yesterday, addDays(dueOn, rng.int(1, 60)));
        } else {
          completedOn = between(openedOn, yesterday);
        }
        completedOn = minDate(completedOn, yesterday);
        if (completedOn < openedOn) completedOn = openedOn;
      }
    }

    // The history: status changes (with notes) and plain notes, in order.
    type Ev = { from: ActionStatusName | null; to: ActionStatusName | null; note: string | null; changes: Changes | null };
    const events: Ev[] = [];
    const change = (from: ActionStatusName, to: ActionStatusName, note: string | null) => events.push({ from, to, note, changes: null });
    const noteOnly = () => events.push({ from: null, to: null, note: rng.pick(TXT.NOTES.progress), changes: null });
    if (status === 'OPEN') {
      if (openedOn < today && rng.chance(0.3)) noteOnly();
    } else if (status === 'IN_PROGRESS') {
      change('OPEN', 'IN_PROGRESS', rng.chance(0.7) ? rng.pick(TXT.NOTES.start) : null);
      for (let k = rng.int(0, 2); k > 0; k--) noteOnly();
    } else if (status === 'BLOCKED') {
      change('OPEN', 'IN_PROGRESS', rng.chance(0.5) ? rng.pick(TXT.NOTES.start) : null);
      if (rng.chance(0.4)) noteOnly();
      change('IN_PROGRESS', 'BLOCKED', rng.pick(TXT.NOTES.block));
    } else if (status === 'DONE') {
      if (rng.chance(0.25)) {
        change('OPEN', 'DONE', rng.pick(TXT.NOTES.done));
      } else {
        change('OPEN', 'IN_PROGRESS', rng.chance(0.6) ? rng.pick(TXT.NOTES.start) : null);
        if (rng.chance(0.15)) {
          change('IN_PROGRESS', 'BLOCKED', rng.pick(TXT.NOTES.block));
          change('BLOCKED', 'IN_PROGRESS', rng.pick(TXT.NOTES.unblock));
        }
        for (let k = rng.int(0, 2); k > 0; k--) noteOnly();
        change('IN_PROGRESS', 'DONE', rng.pick(TXT.NOTES.done));
      }
      events[events.length - 1].changes = { completedOn: { before: null, after: completedOn } };
    } else if (status === 'CANCELLED') {
      if (rng.chance(0.5)) change('OPEN', 'IN_PROGRESS', null);
      change(events.length ? 'IN_PROGRESS' : 'OPEN', 'CANCELLED', rng.pick(TXT.NOTES.cancel));
    }
    // Now and then the deadline was moved once, before the last event.
    if ((status === 'IN_PROGRESS' || status === 'BLOCKED' || status === 'DONE') && events.length && rng.chance(0.12)) {
      const before = addDays(dueOn, -rng.int(14, 45));
      if (before >= openedOn) {
        const extension: Ev = { from: null, to: null, note: rng.pick(TXT.NOTES.extend), changes: { dueOn: { before, after: dueOn } } };
        if (status === 'DONE') events.splice(events.length - 1, 0, extension);
        else events.push(extension);
      }
    }
    // Dates: spread between opening and the last event (completion, or yesterday).
    const end = status === 'DONE' ? completedOn! : status === 'CANCELLED' ? between(openedOn, minDate(yesterday, addDays(openedOn, 120))) : yesterday;
    const times: [string, number][] = events.map(() => [between(openedOn, end), officeMinute()]);
    if (times.length) times[times.length - 1][0] = end;
    times.sort((x, y) => (x[0] === y[0] ? x[1] - y[1] : x[0].localeCompare(y[0])));
    // Keep the final event last even when it shares its day with an earlier one.
    for (let k = 1; k < times.length; k++) {
      if (times[k][0] === times[k - 1][0] && times[k][1] <= times[k - 1][1]) times[k][1] = Math.min(24 * 60 - 2, times[k - 1][1] + 7);
    }

    const item = actionItems.length;
    const openedMinute = rng.int(7 * 60 + 30, 9 * 60);
    const createdAt = stamp(openedOn, openedMinute);
    if (times.length && times[0][0] === openedOn && times[0][1] <= openedMinute) times[0][1] = openedMinute + 5;
    for (let k = 1; k < times.length; k++) {
      if (times[k][0] === times[k - 1][0] && times[k][1] <= times[k - 1][1]) times[k][1] = times[k - 1][1] + 1;
    }
    const member = memberUserOf.get(plan.agency);
    const coordinator = coordinatorOf.get(plan.provinceCode) ?? adminUser;
    events.forEach((ev, k) => {
      // Only the coordinator may move a due date; members update their own agency's items.
      const author = !ev.changes?.dueOn && member !== undefined && rng.chance(0.8) ? member : coordinator;
      const at = stamp(times[k][0], times[k][1]);
      actionUpdates.push({ item, author, note: ev.note, fromStatus: ev.from, toStatus: ev.to, changes: ev.changes, createdAt: at });
      const auditChanges: Changes = { ...(ev.changes ?? {}) };
      if (ev.from && ev.to) auditChanges.status = { before: ev.from, after: ev.to };
      if (ev.note) auditChanges.note = { before: null, after: ev.note };
      auditEvents.push({
        at,
        actor: author,
        action: ev.from || ev.changes ? 'updateActionItem' : 'addActionNote',
        item,
        provinceCode: plan.provinceCode,
        changes: auditChanges,
      });
    });
    actionItems.push({
      title: plan.title,
      description: plan.description,
      provinceCode: plan.provinceCode,
      agency: plan.agency,
      commitment: plan.commitment,
      meeting: plan.meeting,
      priority: plan.priority,
      status,
      openedOn,
      dueOn,
      completedOn,
      version: 1 + events.length,
      createdAt,
      updatedAt: events.length ? stamp(times[times.length - 1][0], times[times.length - 1][1]) : createdAt,
    });
  };

  const plans: ItemPlan[] = [];
  // (a) follow-ups agreed at meetings
  drafts.forEach((d) => {
    const m = meetingIdx.get(d.key)!;
    if (d.heldOn < windowStart) return;
    for (const f of d.followUps) {
      plans.push({
        title: f.title,
        description: `Tindak lanjut ${meetings[m].title}.`,
        provinceCode: provinceForItem(f.agency, d.provinceCode),
        agency: f.agency,
        commitment: null,
        meeting: m,
        priority: f.priority ?? pickPriority(),
        openedOn: d.heldOn,
        dueOn: addDays(d.heldOn, f.dueAfter),
        hint: null,
      });
    }
  });
  // (b) steps towards commitments of signed agreements
  commitments.forEach((c, ci) => {
    const g = agreements[c.agreement];
    const st = agreementStatus[c.agreement];
    if (st === 'DRAFT') return;
    const p = { IN_PROGRESS: 0.85, FULFILLED: 0.6, PLANNED: 0.4, LAPSED: 0.45 }[c.status];
    if (!rng.chance(p)) return;
    const from = maxDate(g.signedOn!, windowStart);
    const to = minDate(today, minDate(c.dueOn, g.terminatedOn ?? c.dueOn));
    if (to < from) return;
    const tasks = TXT.COMMITMENTS[agencies[c.agency].sector].find((t) => t.description === c.description)!.tasks;
    for (const title of tasks.slice(0, c.status === 'IN_PROGRESS' ? 2 : 1)) {
      const openedOn = between(from, addDays(from, Math.min(90, daysBetween(from, to))));
      plans.push({
        title,
        description: `Bagian dari komitmen "${c.description}" dalam ${g.title}.`,
        provinceCode: provinceForItem(c.agency, g.provinceCode),
        agency: c.agency,
        commitment: ci,
        meeting: null,
        priority: pickPriority(),
        openedOn,
        dueOn: minDate(addDays(openedOn, rng.int(30, 150)), maxDate(openedOn, c.dueOn)),
        hint: c.status === 'FULFILLED' ? 'done' : c.status === 'LAPSED' ? 'stalled' : null,
      });
    }
  });
  // (c) other work of each province
  for (const profile of DEMO_PROVINCES) {
    const own = agencies.map((a, i) => i).filter((i) => agencies[i].active && agencies[i].provinceCode === profile.code);
    const nationals = agencies.map((a, i) => i).filter((i) => agencies[i].level === 'NATIONAL');
    for (let k = 0; k < profile.standaloneActions; k++) {
      const agency = rng.chance(0.1) ? rng.pick(nationals) : rng.pick(own);
      const openedOn = day(-rng.int(0, HISTORY_DAYS));
      plans.push({
        title: rng.pick(TXT.SECTOR_TASKS[agencies[agency].sector]),
        description: rng.chance(0.6) ? rng.pick(TXT.ACTION_DESCRIPTIONS) : null,
        provinceCode: profile.code,
        agency,
        commitment: null,
        meeting: null,
        priority: pickPriority(),
        openedOn,
        dueOn: addDays(openedOn, rng.int(14, 120)),
        hint: null,
      });
    }
  }
  plans.sort((a, b) => (a.openedOn === b.openedOn ? 0 : a.openedOn < b.openedOn ? -1 : 1));
  plans.forEach(realise);

  // ------------------------------------------------------------ cases
  const cases: CaseRow[] = [];
  const referrals: ReferralRow[] = [];
  const services: ServiceRow[] = [];
  interface CaseDraft {
    row: Omit<CaseRow, 'code'>;
    refs: Omit<ReferralRow, 'case'>[];
    svcs: Omit<ServiceRow, 'case'>[];
    order: number;
  }
  const caseDrafts: CaseDraft[] = [];
  const national = (key: string) => A(key);

  /** Agencies of a province that take part in individual cases for this issue. */
  const caseAgencies = (province: string, sector: SectorName, issue: IssueName): number[] =>
    agencies
      .map((a, i) => i)
      .filter((i) => {
        const a = agencies[i];
        if (!a.active || a.provinceCode !== province || a.sector !== sector) return false;
        if (sector === 'OVERSIGHT') return false;
        if (sector === 'OTHER') return issue === 'TRAFFICKING' && /bp3mi|imigrasi/.test(a.key);
        if (sector === 'JUDICIARY') return issue === 'CHILD_MARRIAGE' && /\.pa-/.test(a.key);
        return true;
      });
  const pickNear = (candidates: number[], regency: string | null): number => {
    const near = candidates.filter((i) => regency && agencies[i].regencyCode === regency);
    const provincial = candidates.filter((i) => agencies[i].regencyCode === null);
    if (near.length && rng.chance(0.7)) return rng.pick(near);
    if (provincial.length && rng.chance(0.8)) return rng.pick(provincial);
    return rng.pick(candidates);
  };
  const pickSector = (province: string, issue: IssueName, weights: Partial<Record<SectorName, number>>, exclude: Set<number>) => {
    const usable: Partial<Record<SectorName, number>> = {};
    for (const [s, w] of Object.entries(weights) as [SectorName, number][]) {
      if (caseAgencies(province, s, issue).some((i) => !exclude.has(i))) usable[s] = w;
    }
    return Object.keys(usable).length ? rng.weighted(usable) : null;
  };

  let order = 0;
  for (const profile of DEMO_PROVINCES) {
    stream(`cases:${profile.code}`);
    const provinceRegencies = regenciesOf(profile.code);
    const withAgencies = new Set(agencies.filter((a) => a.provinceCode === profile.code && a.regencyCode).map((a) => a.regencyCode!));
    for (let n = 0; n < profile.cases; n++) {
      // Recent months carry more weight (growing use of the hub): uniform mixed with a ramp.
      const age = rng.chance(0.4) ? Math.floor(HISTORY_DAYS * (1 - Math.sqrt(rng.next()))) : rng.int(0, HISTORY_DAYS);
      const reportedOn = day(-age);
      const issue = rng.weighted<IssueName>(profile.issueWeights);
      let ageGroup = rng.weighted<AgeName>(AGE_BY_ISSUE[issue]);
      const sex: 'FEMALE' | 'MALE' = issue !== 'VIOLENCE_AGAINST_WOMEN' && rng.chance(MALE_SHARE[issue]) ? 'MALE' : 'FEMALE';
      if (issue === 'CHILD_MARRIAGE' && sex === 'MALE') ageGroup = 'CHILD_13_17';

      const none = new Set<number>();
      const intakeSector = pickSector(profile.code, issue, INTAKE[issue] ?? INTAKE.OTHER!, none) ?? 'PROTECTION_SERVICE';
      let regencyCode: string | null = rng.chance(0.08)
        ? null
        : rng.chance(0.6) && withAgencies.size
          ? rng.pick([...withAgencies])
          : rng.pick(provinceRegencies);
      const intake = pickNear(caseAgencies(profile.code, intakeSector, issue), regencyCode);
      if (agencies[intake].regencyCode && rng.chance(0.8)) regencyCode = agencies[intake].regencyCode;

      // Referrals: a chain from the intake agency; declined ones are re-referred from the intake.
      const involved = new Set<number>([intake]);
      const refs: Omit<ReferralRow, 'case'>[] = [];
      // Weaker networks leave more cases with the intake agency alone (single-sector).
      const isolated = rng.chance((1 - profile.performance) * 0.5);
      const nRefs = isolated ? 0 : Number(rng.weighted({ '0': 18, '1': 40, '2': 29, '3': 13 }));
      let from = intake;
      let date = reportedOn;
      const legalIssue = issue !== 'CHILD_MARRIAGE' && issue !== 'OTHER';
      for (let k = 0; k < nRefs; k++) {
        let to: number | null = null;
        const hasPolice = [...involved].some((i) => agencies[i].sector === 'POLICE');
        if (legalIssue && hasPolice && ![...involved].some((i) => agencies[i].sector === 'PROSECUTION') && rng.chance(0.5)) {
          const pros = caseAgencies(profile.code, 'PROSECUTION', issue);
          if (pros.length) to = pickNear(pros, regencyCode);
        }
        if (to === null && issue === 'TRAFFICKING' && rng.chance(0.06)) to = national(rng.pick(['nat.bareskrim', 'nat.lpsk']));
        if (to === null) {
          const sector = pickSector(profile.code, issue, REFERRAL[issue], involved);
          if (!sector) break;
          const candidates = caseAgencies(profile.code, sector, issue).filter((i) => !involved.has(i));
          to = pickNear(candidates, regencyCode);
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
        refs.push({ from, to, referredOn: date, respondedOn, status, createdAt: stamp(date, officeMinute()) });
        if (status === 'ACCEPTED' || status === 'COMPLETED') {
          involved.add(to);
          from = rng.chance(0.5) ? to : intake;
        } else {
          from = intake;
        }
      }

      // Services, the first after a province-typical delay.
      const svcs: Omit<ServiceRow, 'case'>[] = [];
      const nSvcs = Number(rng.weighted({ '0': 10, '1': 30, '2': 30, '3': 20, '4': 10 }));
      const child = ageGroup.startsWith('CHILD');
      const chosen = new Set<ServiceName>();
      let svcDate = addDays(reportedOn, Math.min(60, Math.floor(-profile.serviceDelay * Math.log(1 - rng.next() * 0.999))));
      for (let k = 0; k < nSvcs; k++) {
        const weights: Partial<Record<ServiceName, number>> = {};
        for (const [t, w] of Object.entries(SERVICES[issue]) as [ServiceName, number][]) {
          if (chosen.has(t) || (t === 'EDUCATION_CONTINUITY' && !child)) continue;
          weights[t] = w;
        }
        if (!Object.keys(weights).length) break;
        const type = rng.weighted(weights);
        chosen.add(type);
        if (k > 0) svcDate = addDays(svcDate, rng.int(0, 30));
        if (svcDate > today) break;
        let agency: number | null = isolated ? intake : null;
        if (agency === null && type === 'RESTITUTION' && rng.chance(0.6)) agency = national('nat.lpsk');
        if (agency === null) {
          for (const sector of SERVICE_SECTORS[type]) {
            const mine = [...involved].filter((i) => agencies[i].sector === sector);
            if (mine.length) {
              agency = rng.pick(mine);
              break;
            }
            const any = caseAgencies(profile.code, sector, issue);
            if (any.length) {
              agency = pickNear(any, regencyCode);
              break;
            }
          }
        }
        svcs.push({ agency: agency ?? intake, type, providedOn: svcDate, createdAt: stamp(svcDate, officeMinute()) });
      }

      // Outcome, from how old the case is and whether the justice system is involved.
      let lastActivity = reportedOn;
      for (const r of refs) lastActivity = maxDate(lastActivity, r.respondedOn ?? r.referredOn);
      for (const s of svcs) lastActivity = maxDate(lastActivity, s.providedOn);
      const legal = [...involved].some((i) => agencies[i].sector === 'POLICE' || agencies[i].sector === 'PROSECUTION');
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
        closedOn = addDays(maxDate(lastActivity, addDays(reportedOn, outcome === 'CONVICTED' ? 90 : 10)), rng.int(0, 30));
        if (closedOn > today) {
          if (outcome === 'REFERRED_OUT' || outcome === 'WITHDRAWN') closedOn = today;
          else {
            outcome = legal ? 'IN_LEGAL_PROCESS' : 'IN_SERVICE';
            closedOn = null;
          }
        }
      }
      caseDrafts.push({
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
          createdAt: stamp(reportedOn, officeMinute()),
          updatedAt: stamp(maxDate(lastActivity, closedOn ?? lastActivity), 16 * 60 + rng.int(0, 60)),
        },
        refs,
        svcs,
        order: order++,
      });
    }
  }
  caseDrafts.sort((a, b) =>
    a.row.reportedOn !== b.row.reportedOn ? a.row.reportedOn.localeCompare(b.row.reportedOn) : a.order - b.order,
  );
  // Codes as the hub writes them (case.code.ts), from their own seeded stream.
  stream('case codes');
  const used = new Set<string>();
  for (const d of caseDrafts) {
    const prefix = isoByProvince.get(d.row.provinceCode)!;
    const year = Number(d.row.reportedOn.slice(0, 4));
    let code: string;
    do code = caseCode(prefix, year, (n) => rng.int(0, n - 1));
    while (used.has(code));
    used.add(code);
    const c = cases.length;
    cases.push({ code, ...d.row });
    for (const r of d.refs) referrals.push({ case: c, ...r });
    for (const s2 of d.svcs) services.push({ case: c, ...s2 });
  }

  return {
    today,
    agencies,
    networks,
    memberships,
    meetings,
    attendees,
    agreements,
    parties,
    commitments,
    users,
    actionItems,
    actionUpdates,
    auditEvents,
    cases,
    referrals,
    services,
  };
}

/** FNV-1a: a 32-bit hash of a label, to derive one seed per random stream. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// ---------------------------------------------------------------- case flow tables

const AGE_BY_ISSUE: Record<IssueName, Partial<Record<AgeName, number>>> = {
  CHILD_MARRIAGE: { CHILD_13_17: 88, CHILD_6_12: 3, ADULT_18_24: 9 },
  VIOLENCE_AGAINST_WOMEN: { ADULT_18_24: 30, ADULT_25_59: 62, ADULT_60_PLUS: 8 },
  DOMESTIC_VIOLENCE: { ADULT_18_24: 15, ADULT_25_59: 65, ADULT_60_PLUS: 8, CHILD_6_12: 6, CHILD_13_17: 6 },
  SEXUAL_VIOLENCE: { CHILD_0_5: 2, CHILD_6_12: 18, CHILD_13_17: 35, ADULT_18_24: 27, ADULT_25_59: 18 },
  VIOLENCE_AGAINST_CHILDREN: { CHILD_0_5: 18, CHILD_6_12: 45, CHILD_13_17: 37 },
  TRAFFICKING: { CHILD_13_17: 25, ADULT_18_24: 45, ADULT_25_59: 30 },
  OTHER: { CHILD_13_17: 20, ADULT_18_24: 20, ADULT_25_59: 50, ADULT_60_PLUS: 10 },
};

const MALE_SHARE: Record<IssueName, number> = {
  CHILD_MARRIAGE: 0.05,
  VIOLENCE_AGAINST_WOMEN: 0,
  DOMESTIC_VIOLENCE: 0.08,
  SEXUAL_VIOLENCE: 0.12,
  VIOLENCE_AGAINST_CHILDREN: 0.4,
  TRAFFICKING: 0.25,
  OTHER: 0.2,
};

const INTAKE: Partial<Record<IssueName, Partial<Record<SectorName, number>>>> = {
  OTHER: { PROTECTION_SERVICE: 40, POLICE: 25, HEALTH: 10, SOCIAL_WELFARE: 8, LEGAL_AID: 7, CIVIL_SOCIETY: 6, COMMUNITY: 4 },
  VIOLENCE_AGAINST_WOMEN: { PROTECTION_SERVICE: 40, POLICE: 25, HEALTH: 10, SOCIAL_WELFARE: 5, LEGAL_AID: 12, CIVIL_SOCIETY: 8 },
  DOMESTIC_VIOLENCE: { PROTECTION_SERVICE: 40, POLICE: 28, HEALTH: 10, SOCIAL_WELFARE: 7, LEGAL_AID: 10, COMMUNITY: 5 },
  SEXUAL_VIOLENCE: { PROTECTION_SERVICE: 40, POLICE: 30, HEALTH: 15, LEGAL_AID: 8, CIVIL_SOCIETY: 7 },
  TRAFFICKING: { OTHER: 25, POLICE: 25, PROTECTION_SERVICE: 25, SOCIAL_WELFARE: 15, CIVIL_SOCIETY: 10 },
  CHILD_MARRIAGE: { PROTECTION_SERVICE: 35, CIVIL_SOCIETY: 20, COMMUNITY: 15, EDUCATION: 10, JUDICIARY: 15, SOCIAL_WELFARE: 5 },
  VIOLENCE_AGAINST_CHILDREN: { PROTECTION_SERVICE: 35, POLICE: 25, EDUCATION: 15, HEALTH: 15, COMMUNITY: 10 },
};

const REFERRAL: Record<IssueName, Partial<Record<SectorName, number>>> = {
  SEXUAL_VIOLENCE: { POLICE: 30, HEALTH: 20, LEGAL_AID: 15, PROTECTION_SERVICE: 20, SOCIAL_WELFARE: 10 },
  CHILD_MARRIAGE: { PROTECTION_SERVICE: 30, JUDICIARY: 15, EDUCATION: 20, CIVIL_SOCIETY: 15, SOCIAL_WELFARE: 10, COMMUNITY: 10 },
  TRAFFICKING: { POLICE: 25, SOCIAL_WELFARE: 25, OTHER: 15, PROTECTION_SERVICE: 20, LEGAL_AID: 10, CIVIL_SOCIETY: 5 },
  DOMESTIC_VIOLENCE: { POLICE: 25, LEGAL_AID: 20, HEALTH: 10, SOCIAL_WELFARE: 20, PROTECTION_SERVICE: 25 },
  VIOLENCE_AGAINST_CHILDREN: { POLICE: 25, HEALTH: 20, EDUCATION: 15, SOCIAL_WELFARE: 20, PROTECTION_SERVICE: 20 },
  VIOLENCE_AGAINST_WOMEN: { POLICE: 25, LEGAL_AID: 30, PROTECTION_SERVICE: 25, HEALTH: 20 },
  OTHER: { PROTECTION_SERVICE: 40, SOCIAL_WELFARE: 30, LEGAL_AID: 30 },
};

const SERVICES: Record<IssueName, Partial<Record<ServiceName, number>>> = {
  SEXUAL_VIOLENCE: { MEDICAL: 25, PSYCHOSOCIAL: 30, LEGAL_AID: 20, SHELTER: 5, RESTITUTION: 8, REHABILITATION: 7, EDUCATION_CONTINUITY: 5 },
  DOMESTIC_VIOLENCE: { PSYCHOSOCIAL: 30, LEGAL_AID: 25, SHELTER: 20, MEDICAL: 10, SOCIAL_ASSISTANCE: 15 },
  CHILD_MARRIAGE: { PSYCHOSOCIAL: 30, EDUCATION_CONTINUITY: 35, SOCIAL_ASSISTANCE: 15, LEGAL_AID: 10, REINTEGRATION: 10 },
  VIOLENCE_AGAINST_CHILDREN: { PSYCHOSOCIAL: 30, MEDICAL: 20, EDUCATION_CONTINUITY: 20, REHABILITATION: 15, SHELTER: 5, LEGAL_AID: 10 },
  TRAFFICKING: { SHELTER: 20, REINTEGRATION: 25, REHABILITATION: 15, PSYCHOSOCIAL: 15, LEGAL_AID: 10, RESTITUTION: 10, SOCIAL_ASSISTANCE: 5 },
  VIOLENCE_AGAINST_WOMEN: { PSYCHOSOCIAL: 30, LEGAL_AID: 30, MEDICAL: 15, SHELTER: 10, SOCIAL_ASSISTANCE: 15 },
  OTHER: { PSYCHOSOCIAL: 40, SOCIAL_ASSISTANCE: 30, LEGAL_AID: 30 },
};

const SERVICE_SECTORS: Record<ServiceName, SectorName[]> = {
  MEDICAL: ['HEALTH', 'PROTECTION_SERVICE'],
  PSYCHOSOCIAL: ['PROTECTION_SERVICE', 'SOCIAL_WELFARE', 'CIVIL_SOCIETY'],
  LEGAL_AID: ['LEGAL_AID', 'PROTECTION_SERVICE'],
  SHELTER: ['SOCIAL_WELFARE', 'PROTECTION_SERVICE'],
  SOCIAL_ASSISTANCE: ['SOCIAL_WELFARE', 'PROTECTION_SERVICE'],
  EDUCATION_CONTINUITY: ['EDUCATION', 'PROTECTION_SERVICE'],
  RESTITUTION: ['PROSECUTION', 'LEGAL_AID', 'PROTECTION_SERVICE'],
  REHABILITATION: ['SOCIAL_WELFARE', 'HEALTH', 'PROTECTION_SERVICE'],
  REINTEGRATION: ['SOCIAL_WELFARE', 'OTHER', 'CIVIL_SOCIETY', 'PROTECTION_SERVICE'],
};

