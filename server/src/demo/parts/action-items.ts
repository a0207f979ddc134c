import { addDays, daysBetween } from '../../common/dates';
import { DEMO_PROVINCES } from '../catalogue';
import {
  HISTORY_DAYS,
  type ActionItemRow,
  type ActionStatusName,
  type ActionUpdateRow,
  type AuditRow,
  type Changes,
  type PriorityName,
} from '../dataset';
import * as TXT from '../texts';
import { maxDate, minDate, type DemoWorld } from '../world';
import type { Agencies } from './agencies';
import type { Agreements } from './agreements';
import type { Meetings } from './meetings';
import type { Users } from './users';

export interface ActionItems {
  rows: ActionItemRow[];
  updates: ActionUpdateRow[];
  auditEvents: AuditRow[];
}

/** What an item is about and when it was opened; `realise` decides what became of it. */
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

/** One entry of an item's history: a status change (with a note), a plain note, or a moved due date. */
type HistoryEvent = { from: ActionStatusName | null; to: ActionStatusName | null; note: string | null; changes: Changes | null };

interface Parts {
  agencies: Agencies;
  meetings: Meetings;
  agreements: Agreements;
  users: Users;
}

/**
 * Action items of the last 18 months: follow-ups agreed at meetings, steps towards
 * commitments, and other work of each province; each with its history and audit trail.
 */
export function generateActionItems(w: DemoWorld, parts: Parts): ActionItems {
  w.stream('actions');
  const plans = [...followUpPlans(w, parts), ...commitmentPlans(w, parts), ...provinceWorkPlans(w, parts)];
  plans.sort((a, b) => (a.openedOn === b.openedOn ? 0 : a.openedOn < b.openedOn ? -1 : 1));
  const out: ActionItems = { rows: [], updates: [], auditEvents: [] };
  for (const plan of plans) realise(w, parts, plan, out);
  return out;
}

/** An item belongs to its agency's province; national agencies' items to the meeting's or agreement's (else Jakarta). */
const provinceForItem = (agencies: Agencies, agency: number, context: string | null) => agencies.rows[agency].provinceCode ?? context ?? '31';
const pickPriority = (w: DemoWorld): PriorityName => w.rng.weighted<PriorityName>({ LOW: 20, MEDIUM: 45, HIGH: 25, URGENT: 10 });

/** (a) Follow-ups agreed at meetings of the window. */
function followUpPlans(w: DemoWorld, { agencies, meetings }: Parts): ItemPlan[] {
  const windowStart = w.day(-HISTORY_DAYS);
  const plans: ItemPlan[] = [];
  for (const d of meetings.drafts) {
    const m = meetings.index.get(d.key)!;
    if (d.heldOn < windowStart) continue;
    for (const f of d.followUps) {
      plans.push({
        title: f.title,
        description: `Tindak lanjut ${meetings.rows[m].title}.`,
        provinceCode: provinceForItem(agencies, f.agency, d.provinceCode),
        agency: f.agency,
        commitment: null,
        meeting: m,
        priority: f.priority ?? pickPriority(w),
        openedOn: d.heldOn,
        dueOn: addDays(d.heldOn, f.dueAfter),
        hint: null,
      });
    }
  }
  return plans;
}

/** (b) Steps towards commitments of signed agreements. */
function commitmentPlans(w: DemoWorld, { agencies, agreements }: Parts): ItemPlan[] {
  const { rng, today } = w;
  const windowStart = w.day(-HISTORY_DAYS);
  const plans: ItemPlan[] = [];
  agreements.commitments.forEach((c, ci) => {
    const g = agreements.rows[c.agreement];
    if (agreements.status[c.agreement] === 'DRAFT') return;
    const p = { IN_PROGRESS: 0.85, FULFILLED: 0.6, PLANNED: 0.4, LAPSED: 0.45 }[c.status];
    if (!rng.chance(p)) return;
    const from = maxDate(g.signedOn!, windowStart);
    const to = minDate(today, minDate(c.dueOn, g.terminatedOn ?? c.dueOn));
    if (to < from) return;
    const tasks = TXT.COMMITMENTS[agencies.rows[c.agency].sector].find((t) => t.description === c.description)!.tasks;
    for (const title of tasks.slice(0, c.status === 'IN_PROGRESS' ? 2 : 1)) {
      const openedOn = w.between(from, addDays(from, Math.min(90, daysBetween(from, to))));
      plans.push({
        title,
        description: `Bagian dari komitmen "${c.description}" dalam ${g.title}.`,
        provinceCode: provinceForItem(agencies, c.agency, g.provinceCode),
        agency: c.agency,
        commitment: ci,
        meeting: null,
        priority: pickPriority(w),
        openedOn,
        dueOn: minDate(addDays(openedOn, rng.int(30, 150)), maxDate(openedOn, c.dueOn)),
        hint: c.status === 'FULFILLED' ? 'done' : c.status === 'LAPSED' ? 'stalled' : null,
      });
    }
  });
  return plans;
}

/** (c) Other work of each province, now and then by a national agency. */
function provinceWorkPlans(w: DemoWorld, { agencies }: Parts): ItemPlan[] {
  const { rng } = w;
  const rows = agencies.rows;
  const plans: ItemPlan[] = [];
  for (const profile of DEMO_PROVINCES) {
    const own = rows.map((a, i) => i).filter((i) => rows[i].active && rows[i].provinceCode === profile.code);
    const nationals = rows.map((a, i) => i).filter((i) => rows[i].level === 'NATIONAL');
    for (let k = 0; k < profile.standaloneActions; k++) {
      const agency = rng.chance(0.1) ? rng.pick(nationals) : rng.pick(own);
      const openedOn = w.day(-rng.int(0, HISTORY_DAYS));
      plans.push({
        title: rng.pick(TXT.SECTOR_TASKS[rows[agency].sector]),
        description: rng.chance(0.6) ? rng.pick(TXT.ACTION_DESCRIPTIONS) : null,
        provinceCode: profile.code,
        agency,
        commitment: null,
        meeting: null,
        priority: pickPriority(w),
        openedOn,
        dueOn: addDays(openedOn, rng.int(14, 120)),
        hint: null,
      });
    }
  }
  return plans;
}

/** Decides what became of a planned item and writes it with its history and audit events. */
function realise(w: DemoWorld, { agencies, users }: Parts, plan: ItemPlan, out: ActionItems): void {
  const { openedOn } = plan;
  const dueOn = plan.dueOn < openedOn ? openedOn : plan.dueOn;
  const { status, completedOn } = outcomeOf(w, plan, dueOn, agencies.reliability[plan.agency]);
  const events = historyOf(w, status, dueOn, openedOn, completedOn);
  const times = timesOf(w, events, status, openedOn, completedOn);

  const item = out.rows.length;
  const openedMinute = w.rng.int(7 * 60 + 30, 9 * 60);
  const createdAt = w.stamp(openedOn, openedMinute);
  if (times.length && times[0][0] === openedOn && times[0][1] <= openedMinute) times[0][1] = openedMinute + 5;
  for (let k = 1; k < times.length; k++) {
    if (times[k][0] === times[k - 1][0] && times[k][1] <= times[k - 1][1]) times[k][1] = times[k - 1][1] + 1;
  }
  const member = users.memberOf.get(plan.agency);
  const coordinator = users.coordinatorOf.get(plan.provinceCode) ?? users.admin;
  events.forEach((ev, k) => {
    // Only the coordinator may move a due date; members update their own agency's items.
    const author = !ev.changes?.dueOn && member !== undefined && w.rng.chance(0.8) ? member : coordinator;
    const at = w.stamp(times[k][0], times[k][1]);
    out.updates.push({ item, author, note: ev.note, fromStatus: ev.from, toStatus: ev.to, changes: ev.changes, createdAt: at });
    const auditChanges: Changes = { ...(ev.changes ?? {}) };
    if (ev.from && ev.to) auditChanges.status = { before: ev.from, after: ev.to };
    if (ev.note) auditChanges.note = { before: null, after: ev.note };
    out.auditEvents.push({
      at,
      actor: author,
      action: ev.from || ev.changes ? 'updateActionItem' : 'addActionNote',
      item,
      provinceCode: plan.provinceCode,
      changes: auditChanges,
    });
  });
  out.rows.push({
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
    updatedAt: events.length ? w.stamp(times[times.length - 1][0], times[times.length - 1][1]) : createdAt,
  });
}

/** The item's status today and, when done, its completion date: reliable agencies finish more, and on time. */
function outcomeOf(w: DemoWorld, plan: ItemPlan, dueOn: string, r: number): { status: ActionStatusName; completedOn: string | null } {
  const { rng, today, yesterday } = w;
  const { openedOn } = plan;
  if (openedOn >= today) return { status: 'OPEN', completedOn: null };
  const pastDue = dueOn < today;
  let status: ActionStatusName;
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
  if (status !== 'DONE') return { status, completedOn: null };
  let completedOn: string;
  if (dueOn < today) {
    if (rng.chance(0.25 + 0.7 * r)) completedOn = w.between(addDays(openedOn, Math.floor(daysBetween(openedOn, dueOn) * 0.4)), dueOn);
    else completedOn = minDate(yesterday, addDays(dueOn, rng.int(1, 60)));
  } else {
    completedOn = w.between(openedOn, yesterday);
  }
  completedOn = minDate(completedOn, yesterday);
  if (completedOn < openedOn) completedOn = openedOn;
  return { status, completedOn };
}

/** The history that leads to `status`: status changes (with notes), plain notes, now and then a moved due date. */
function historyOf(w: DemoWorld, status: ActionStatusName, dueOn: string, openedOn: string, completedOn: string | null): HistoryEvent[] {
  const { rng, today } = w;
  const events: HistoryEvent[] = [];
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
      const extension: HistoryEvent = { from: null, to: null, note: rng.pick(TXT.NOTES.extend), changes: { dueOn: { before, after: dueOn } } };
      if (status === 'DONE') events.splice(events.length - 1, 0, extension);
      else events.push(extension);
    }
  }
  return events;
}

/** Day and minute of each event: spread between opening and the last event (completion, or yesterday), in order. */
function timesOf(w: DemoWorld, events: HistoryEvent[], status: ActionStatusName, openedOn: string, completedOn: string | null): [string, number][] {
  const { yesterday } = w;
  const end = status === 'DONE' ? completedOn! : status === 'CANCELLED' ? w.between(openedOn, minDate(yesterday, addDays(openedOn, 120))) : yesterday;
  const times: [string, number][] = events.map(() => [w.between(openedOn, end), w.officeMinute()]);
  if (times.length) times[times.length - 1][0] = end;
  times.sort((x, y) => (x[0] === y[0] ? x[1] - y[1] : x[0].localeCompare(y[0])));
  // Keep the final event last even when it shares its day with an earlier one.
  for (let k = 1; k < times.length; k++) {
    if (times[k][0] === times[k - 1][0] && times[k][1] <= times[k - 1][1]) times[k][1] = Math.min(24 * 60 - 2, times[k - 1][1] + 7);
  }
  return times;
}
