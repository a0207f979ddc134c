import { addDays, addMonths } from '../../common/dates';
import { AGREEMENTS } from '../catalogue';
import type { AgreementRow, CommitmentRow, CommitmentStatusName, PartyRow } from '../dataset';
import * as TXT from '../texts';
import { maxDate, minDate, type DemoWorld } from '../world';
import type { Agencies } from './agencies';
import type { Meetings } from './meetings';
import type { Networks } from './networks';

type AgreementSpec = (typeof AGREEMENTS)[number];
type AgreementState = 'DRAFT' | 'ACTIVE' | 'EXPIRED' | 'TERMINATED';

export interface Agreements {
  rows: AgreementRow[];
  parties: PartyRow[];
  commitments: CommitmentRow[];
  /** Each agreement's status today. */
  status: AgreementState[];
}

export function generateAgreements(w: DemoWorld, agencies: Agencies, networks: Networks, meetings: Meetings): Agreements {
  w.stream('agreements');
  const out: Agreements = { rows: [], parties: [], commitments: [], status: [] };
  for (const spec of AGREEMENTS) {
    const g = out.rows.length;
    const meeting = spec.meeting ? meetings.index.get(spec.meeting) : undefined;
    if (spec.meeting && meeting === undefined) throw new Error(`Demo data: unknown meeting ${spec.meeting}`);
    const { signedOn, expiresOn, terminatedOn, status } = datesOf(w, spec, meeting === undefined ? undefined : meetings.rows[meeting].heldOn);
    out.status.push(status);
    const partyIdx = spec.parties.map(agencies.A);
    if (partyIdx.length < 2 || partyIdx.length > 6 || new Set(partyIdx).size !== partyIdx.length) {
      throw new Error(`Demo data: agreement ${spec.key} needs 2-6 distinct parties`);
    }
    let reference = spec.reference;
    if (reference) {
      const ref = signedOn ?? w.today;
      reference = reference.replace('{Y}', ref.slice(0, 4)).replace('{M}', TXT.ROMAN_MONTHS[Number(ref.slice(5, 7)) - 1]);
    }
    const createdOn = signedOn && signedOn <= w.today ? addDays(signedOn, -w.rng.int(20, 60)) : w.day(-w.rng.int(10, 90));
    const updatedOn = terminatedOn ?? (signedOn && signedOn <= w.today ? signedOn : createdOn);
    out.rows.push({
      key: spec.key,
      title: spec.title,
      reference,
      kind: spec.kind,
      issueAreas: spec.issueAreas,
      provinceCode: spec.province,
      network: spec.network ? networks.index.get(spec.network)! : null,
      meeting: meeting ?? null,
      signedOn,
      expiresOn,
      terminatedOn,
      createdAt: w.stamp(createdOn, w.officeMinute()),
      updatedAt: w.stamp(updatedOn, 16 * 60 + w.rng.int(0, 60)),
    });
    for (const a of partyIdx) out.parties.push({ agreement: g, agency: a });
    out.commitments.push(...commitmentsOf(w, agencies, spec, g, out.rows[g], status, partyIdx));
  }
  return out;
}

/** Signing, expiry and termination from the catalogue's rules, and the status they give today. */
function datesOf(w: DemoWorld, spec: AgreementSpec, meetingHeldOn: string | undefined) {
  let signedOn: string | null;
  if (meetingHeldOn !== undefined) signedOn = meetingHeldOn;
  else if (spec.signed === null) signedOn = null;
  else if (spec.signed !== undefined) signedOn = w.day(spec.signed);
  else if (spec.expires != null && spec.term) signedOn = addMonths(w.day(spec.expires + 1), -spec.term);
  else throw new Error(`Demo data: agreement ${spec.key} has no signing date rule`);
  let expiresOn: string | null = null;
  if (spec.expires !== undefined) expiresOn = spec.expires === null ? null : w.day(spec.expires);
  else if (spec.term && signedOn) expiresOn = addDays(addMonths(signedOn, spec.term), -1);
  const terminatedOn = spec.terminated !== undefined ? w.day(spec.terminated) : null;
  const { today } = w;
  const status: AgreementState =
    signedOn === null || signedOn > today ? 'DRAFT' : terminatedOn && terminatedOn <= today ? 'TERMINATED' : expiresOn && expiresOn < today ? 'EXPIRED' : 'ACTIVE';
  return { signedOn, expiresOn, terminatedOn, status };
}

/** What each party promised: one or two commitments for most parties, their progress from the party's reliability. */
function commitmentsOf(
  w: DemoWorld,
  agencies: Agencies,
  spec: AgreementSpec,
  g: number,
  agreement: AgreementRow,
  status: AgreementState,
  partyIdx: number[],
): CommitmentRow[] {
  const { rng, today } = w;
  const { signedOn, expiresOn } = agreement;
  const rows: CommitmentRow[] = [];
  const who = rng.sample(partyIdx, Math.max(1, Math.min(partyIdx.length, rng.int(2, 4))));
  if (rng.chance(0.3)) who.push(who[0]);
  const used = new Set<string>();
  for (const a of who) {
    const options = TXT.COMMITMENTS[agencies.rows[a].sector].filter((t) => !used.has(`${a}:${t.description}`));
    if (!options.length) continue;
    const tpl = rng.pick(options);
    used.add(`${a}:${tpl.description}`);
    const { dueOn, cStatus } = progressOf(w, status, signedOn, expiresOn, agencies.reliability[a]);
    let targetValue: number | null = null;
    let achievedValue: number | null = null;
    if (tpl.target) {
      targetValue = rng.int(tpl.target[0], tpl.target[1]);
      if (cStatus === 'FULFILLED') achievedValue = targetValue + (targetValue > 5 ? rng.int(0, Math.ceil(targetValue * 0.2)) : 0);
      else if (cStatus === 'IN_PROGRESS') achievedValue = Math.floor(targetValue * (0.2 + rng.next() * 0.6));
      else if (cStatus === 'LAPSED') achievedValue = Math.floor(targetValue * rng.next() * 0.6);
      else achievedValue = rng.chance(0.5) ? 0 : null;
    }
    const createdOn = signedOn && signedOn <= today ? signedOn : agreement.createdAt.slice(0, 10);
    const lastChange =
      cStatus === 'PLANNED' ? createdOn : w.between(createdOn, minDate(today, cStatus === 'FULFILLED' || cStatus === 'LAPSED' ? maxDate(createdOn, dueOn) : today));
    rows.push({
      agreement: g,
      agency: a,
      description: tpl.description,
      issueArea: rng.chance(0.8) ? rng.pick(spec.issueAreas) : null,
      indicator: tpl.indicator,
      targetValue,
      achievedValue,
      dueOn,
      status: cStatus,
      createdAt: w.stamp(createdOn, w.officeMinute()),
      updatedAt: w.stamp(lastChange, 16 * 60 + rng.int(0, 60)),
    });
  }
  return rows;
}

/** A commitment's due date and status: reliable parties fulfil more of what fell due. */
function progressOf(w: DemoWorld, status: AgreementState, signedOn: string | null, expiresOn: string | null, r: number) {
  const { rng, today } = w;
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
  return { dueOn, cStatus };
}
