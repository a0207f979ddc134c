import { addDays, daysBetween } from '../../common/dates';
import { KEY_MEETINGS, NETWORKS, type IssueName } from '../catalogue';
import { HISTORY_DAYS, type AttendeeRow, type MeetingRow, type PriorityName } from '../dataset';
import * as TXT from '../texts';
import type { DemoWorld } from '../world';
import type { Agencies } from './agencies';
import type { Networks } from './networks';

/** A follow-up agreed at a meeting, to become an action item. */
export interface FollowUpDraft {
  agency: number;
  title: string;
  dueAfter: number;
  priority: PriorityName | null;
}

/** A meeting before its summary is written. */
export interface MeetingDraft {
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

export interface Meetings {
  rows: MeetingRow[];
  attendees: AttendeeRow[];
  /** The index of the meeting with this key (catalogue key, or `<network>#<n>`). */
  index: Map<string, number>;
  /** In date order, as `rows`: their follow-ups become action items. */
  drafts: MeetingDraft[];
}

/** The catalogue's key meetings, then each network's regular meetings at its cadence; summaries written last. */
export function generateMeetings(w: DemoWorld, agencies: Agencies, networks: Networks): Meetings {
  w.stream('meetings');
  const drafts = keyMeetings(w, agencies, networks);
  drafts.push(...regularMeetings(w, agencies, networks, drafts));
  drafts.sort((a, b) => (a.heldOn === b.heldOn ? a.key.localeCompare(b.key) : a.heldOn.localeCompare(b.heldOn)));

  const rows: MeetingRow[] = [];
  const attendees: AttendeeRow[] = [];
  const index = new Map<string, number>();
  for (const d of drafts) {
    const i = rows.length;
    index.set(d.key, i);
    const summary = d.summary ?? summaryOf(w, d, agencies);
    rows.push({
      key: d.key,
      title: d.title,
      heldOn: d.heldOn,
      provinceCode: d.provinceCode,
      network: d.network,
      summary,
      createdAt: w.stamp(addDays(d.heldOn, w.rng.int(0, 2)), 15 * 60 + w.rng.int(0, 120)),
    });
    for (const a of d.attendees) attendees.push({ meeting: i, agency: a });
  }
  return { rows, attendees, index, drafts };
}

function keyMeetings(w: DemoWorld, agencies: Agencies, networks: Networks): MeetingDraft[] {
  return KEY_MEETINGS.map((spec) => {
    const attendees = spec.attendees.map(agencies.A);
    if (new Set(attendees).size !== attendees.length) throw new Error(`Demo data: duplicate attendee in ${spec.key}`);
    return {
      key: spec.key,
      title: spec.title,
      heldOn: w.day(spec.held),
      provinceCode: spec.province,
      network: spec.network ? networks.index.get(spec.network)! : null,
      attendees,
      summary: spec.summary,
      issues: [],
      followUps: spec.followUps.map((f) => ({ agency: agencies.A(f.agency), title: f.title, dueAfter: f.dueAfter, priority: f.priority ?? null })),
    };
  });
}

/** Each network's meetings at its cadence, going back in time, skipping dates near a key meeting of the network. */
function regularMeetings(w: DemoWorld, agencies: Agencies, networks: Networks, keyDrafts: MeetingDraft[]): MeetingDraft[] {
  const { rng } = w;
  const keyHeld = keyDrafts.map((d) => ({ network: d.network, heldOn: d.heldOn }));
  const roleOf = (n: number, a: number) => networks.memberships.find((m) => m.network === n && m.agency === a)!.role;
  const drafts: MeetingDraft[] = [];
  NETWORKS.forEach((spec, n) => {
    if (!spec.cadence) return;
    let offset = -rng.int(6, 30);
    let count = 0;
    while (offset > -Math.min(HISTORY_DAYS + 60, spec.formed)) {
      const heldOn = w.day(offset);
      const clash = keyHeld.some((k) => k.network === n && Math.abs(daysBetween(k.heldOn, heldOn)) < 25);
      if (!clash) {
        const members = networks.members[n];
        const lead = members[0];
        const rest = members.slice(1).filter((a) => roleOf(n, a) === 'MEMBER');
        const observers = members.filter((a) => roleOf(n, a) === 'OBSERVER');
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
            followUps.push({ agency: a, title: rng.pick(TXT.SECTOR_TASKS[agencies.rows[a].sector]), dueAfter: rng.int(14, 90), priority: null });
          }
        }
        drafts.push({ key: `${spec.key}#${count}`, title, heldOn, provinceCode: spec.province, network: n, attendees, summary: null, issues: spec.issueAreas, followUps });
        count += 1;
      }
      offset -= spec.cadence + rng.int(-15, 15);
    }
  });
  return drafts;
}

/** Minutes of a regular meeting: topic, decisions, the follow-ups agreed, and the next meeting. */
function summaryOf(w: DemoWorld, d: MeetingDraft, agencies: Agencies): string {
  const { rng } = w;
  const parts = [rng.pick(TXT.TOPIC_SENTENCES[rng.pick(d.issues)])];
  parts.push(...rng.sample(TXT.DECISION_SENTENCES, rng.int(1, 2)));
  if (d.followUps.length) {
    parts.push(`Tindak lanjut: ${d.followUps.map((f) => `${agencies.label(f.agency)} — ${f.title.charAt(0).toLowerCase()}${f.title.slice(1)}`).join('; ')}.`);
  }
  if (rng.chance(0.4)) parts.push(TXT.PRIVACY_SENTENCE);
  parts.push(TXT.NEXT_MEETING_SENTENCE);
  return parts.join(' ');
}
