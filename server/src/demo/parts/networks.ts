import { addDays } from '../../common/dates';
import { NETWORKS, type MemberRoleName } from '../catalogue';
import type { MembershipRow, NetworkRow } from '../dataset';
import type { DemoWorld } from '../world';
import type { Agencies } from './agencies';

export interface Networks {
  rows: NetworkRow[];
  memberships: MembershipRow[];
  /** The index of the network with this catalogue key. */
  index: Map<string, number>;
  /** Per network, its agencies: the lead first, then members, then observers. */
  members: number[][];
}

export function generateNetworks(w: DemoWorld, agencies: Agencies): Networks {
  w.stream('networks');
  const rows: NetworkRow[] = [];
  const memberships: MembershipRow[] = [];
  const index = new Map<string, number>();
  const members: number[][] = [];
  for (const spec of NETWORKS) {
    const n = rows.length;
    index.set(spec.key, n);
    const formedOn = w.day(-spec.formed);
    rows.push({
      name: spec.name,
      description: spec.description,
      provinceCode: spec.province,
      issueAreas: spec.issueAreas,
      createdAt: w.stamp(formedOn, 10 * 60),
    });
    const mine: number[] = [];
    const add = (key: string, role: MemberRoleName) => {
      const a = agencies.A(key);
      if (!agencies.rows[a].active) throw new Error(`Demo data: inactive agency ${key} in network ${spec.key}`);
      if (mine.includes(a)) throw new Error(`Demo data: agency ${key} twice in network ${spec.key}`);
      mine.push(a);
      const joinedOn = role === 'LEAD' ? formedOn : w.rng.chance(0.15) ? null : addDays(formedOn, w.rng.int(0, Math.max(0, spec.formed - 30)));
      memberships.push({ network: n, agency: a, role, joinedOn });
    };
    add(spec.lead, 'LEAD');
    spec.members.forEach((k) => add(k, 'MEMBER'));
    spec.observers.forEach((k) => add(k, 'OBSERVER'));
    members.push(mine);
  }
  return { rows, memberships, index, members };
}
