import { DEMO_PROVINCES } from './catalogue';
import type { DemoDataset, GenerateInput } from './dataset';
import { generateActionItems } from './parts/action-items';
import { generateAgencies } from './parts/agencies';
import { generateAgreements } from './parts/agreements';
import { generateCases } from './parts/cases';
import { generateMeetings } from './parts/meetings';
import { generateNetworks } from './parts/networks';
import { generateUsers } from './parts/users';
import { DemoWorld } from './world';

export * from './dataset';

/**
 * Builds the whole demo world in memory, without touching the database: every row
 * refers to other rows by their index in the dataset's arrays, and the loader turns
 * indexes into ids. The same `today` (and reference data) gives the same dataset.
 *
 * Each part (`parts/`) draws from its own random stream, in this order: agencies,
 * networks, meetings, agreements with their commitments, accounts, action items with
 * their history, cases.
 */
export function generateDemoData(input: GenerateInput): DemoDataset {
  const known = new Set(input.provinces.map((p) => p.code));
  for (const p of DEMO_PROVINCES) {
    if (!known.has(p.code)) throw new Error(`Demo data: province ${p.code} is not in the reference data`);
  }
  const w = new DemoWorld(input);
  const agencies = generateAgencies(w);
  const networks = generateNetworks(w, agencies);
  const meetings = generateMeetings(w, agencies, networks);
  const agreements = generateAgreements(w, agencies, networks, meetings);
  const users = generateUsers(w, agencies);
  const actions = generateActionItems(w, { agencies, meetings, agreements, users });
  const cases = generateCases(w, agencies);
  return {
    today: input.today,
    agencies: agencies.rows,
    networks: networks.rows,
    memberships: networks.memberships,
    meetings: meetings.rows,
    attendees: meetings.attendees,
    agreements: agreements.rows,
    parties: agreements.parties,
    commitments: agreements.commitments,
    users: users.rows,
    actionItems: actions.rows,
    actionUpdates: actions.updates,
    auditEvents: actions.auditEvents,
    cases: cases.rows,
    referrals: cases.referrals,
    services: cases.services,
  };
}
