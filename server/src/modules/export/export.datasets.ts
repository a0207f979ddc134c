import type { Context } from '../../common/context';
import {
  ActionStatus,
  AgencyLevel,
  AgreementStatus,
  CaseOutcome,
  CommitmentStatus,
  IssueArea,
  Priority,
  RecommendationStatus,
  ReferralStatus,
  Sector,
} from '../../common/enums';
import type { EnumName } from '../../common/enum-labels';
import type { PageQuery, Params } from '../../common/pagination';
import { actionIsOverdue } from '../action-item/action-item.status';
import { actionItemScope } from '../action-item/action-item.policy';
import { actionItemListQuery } from '../action-item/action-item.service';
import { agencyListQuery } from '../agency/agency.service';
import { agreementScope } from '../agreement/agreement.policy';
import { agreementListQuery } from '../agreement/agreement.service';
import { agreementStatusSql } from '../agreement/agreement.status';
import { auditEventListQuery } from '../audit/audit.service';
import { caseListQuery } from '../case/case.service';
import { commitmentIsOverdue } from '../commitment/commitment.status';
import { commitmentListQuery } from '../commitment/commitment.service';
import { meetingScope } from '../meeting/meeting.policy';
import { meetingListQuery } from '../meeting/meeting.service';
import { recommendationScope } from '../recommendation/recommendation.policy';
import { recommendationListQuery } from '../recommendation/recommendation.service';
import { recommendationStatusSql } from '../recommendation/recommendation.status';
import type { FilterSpec } from './export.filters';

/** How a column's values are written: text, numbers, dates, yes/no, or enum labels. */
export type ColumnType = 'text' | 'int' | 'number' | 'date' | 'datetime' | 'bool' | 'enum' | 'enumList';

export interface ExportColumn {
  key: string;
  /** Header, Bahasa Indonesia and English. */
  label: readonly [string, string];
  type: ColumnType;
  enumName?: EnumName;
  /** SQL expression over the list's FROM (its table aliases), given the statement's parameters. */
  sql?: string | ((params: Params, ctx: Context) => string);
  /** A value computed from the row's other columns (a domain rule's TypeScript predicate). */
  compute?: (row: Record<string, unknown>, ctx: Context) => unknown;
  /** Character width in a spreadsheet. */
  width?: number;
  /** A case figure that the viewer's disclosure control may withhold. */
  withheld?: boolean;
}

/** A dataset exported from a list query: its filters, its columns, and the list's statement parts. */
export interface ListDataset {
  kind: 'list';
  name: string;
  title: readonly [string, string];
  filters: Record<string, FilterSpec>;
  columns: ExportColumn[];
  /** The list's own scope, filters and order (the function its GraphQL list calls). */
  query(ctx: Context, filter: Record<string, unknown>): PageQuery;
}

const provinceName = (col: string) => `(select p.name from province p where p.code = ${col})`;
const agencyName = (col: string) => `(select a2.name from agency a2 where a2.id = ${col})`;

const id = (alias: string): ExportColumn => ({ key: 'id', label: ['ID', 'ID'], type: 'int', sql: `${alias}.id`, width: 8 });
const province = (col: string): ExportColumn => ({ key: 'province', label: ['Provinsi', 'Province'], type: 'text', sql: provinceName(col), width: 24 });

const enumFilter = (values: object, list = false): FilterSpec => ({ type: 'enum', values: Object.values(values) as string[], list });

export const agencies: ListDataset = {
  kind: 'list',
  name: 'agencies',
  title: ['Lembaga', 'Agencies'],
  filters: {
    provinceCode: { type: 'string' },
    sector: enumFilter(Sector),
    level: enumFilter(AgencyLevel),
    active: { type: 'bool' },
    search: { type: 'string' },
  },
  columns: [
    id('a'),
    { key: 'name', label: ['Nama', 'Name'], type: 'text', sql: 'a.name', width: 40 },
    { key: 'acronym', label: ['Singkatan', 'Acronym'], type: 'text', sql: 'a.acronym', width: 14 },
    { key: 'sector', label: ['Sektor', 'Sector'], type: 'enum', enumName: 'Sector', sql: 'a.sector', width: 28 },
    { key: 'level', label: ['Tingkat', 'Level'], type: 'enum', enumName: 'AgencyLevel', sql: 'a.level', width: 14 },
    province('a.province_code'),
    { key: 'provinceCode', label: ['Kode provinsi', 'Province code'], type: 'text', sql: 'a.province_code', width: 10 },
    { key: 'regency', label: ['Kabupaten/kota', 'Regency/city'], type: 'text', sql: '(select r.name from regency r where r.code = a.regency_code)', width: 24 },
    { key: 'regencyCode', label: ['Kode kabupaten/kota', 'Regency code'], type: 'text', sql: 'a.regency_code', width: 10 },
    { key: 'active', label: ['Aktif', 'Active'], type: 'bool', sql: 'a.active', width: 8 },
  ],
  query: (ctx, filter) => agencyListQuery(ctx, filter),
};

export const meetings: ListDataset = {
  kind: 'list',
  name: 'meetings',
  title: ['Rapat koordinasi', 'Meetings'],
  filters: {
    provinceCode: { type: 'string' },
    networkId: { type: 'id' },
    agencyId: { type: 'id' },
    heldFrom: { type: 'date' },
    heldTo: { type: 'date' },
  },
  columns: [
    id('m'),
    { key: 'title', label: ['Judul', 'Title'], type: 'text', sql: 'm.title', width: 40 },
    { key: 'heldOn', label: ['Tanggal', 'Held on'], type: 'date', sql: 'm.held_on::text', width: 12 },
    province('m.province_code'),
    { key: 'network', label: ['Jejaring', 'Network'], type: 'text', sql: '(select n.name from network n where n.id = m.network_id)', width: 30 },
    {
      key: 'attendees',
      label: ['Lembaga hadir', 'Agencies attending'],
      type: 'text',
      sql: `(select string_agg(a2.name, '; ' order by a2.name) from meeting_attendee ma join agency a2 on a2.id = ma.agency_id where ma.meeting_id = m.id)`,
      width: 50,
    },
    { key: 'summary', label: ['Ringkasan', 'Summary'], type: 'text', sql: 'm.summary', width: 50 },
  ],
  query: (ctx, filter) => meetingListQuery(ctx, filter),
};

export const agreements: ListDataset = {
  kind: 'list',
  name: 'agreements',
  title: ['Kesepakatan', 'Agreements'],
  filters: {
    provinceCode: { type: 'string' },
    status: enumFilter(AgreementStatus),
    issueArea: enumFilter(IssueArea),
    agencyId: { type: 'id' },
    networkId: { type: 'id' },
    meetingId: { type: 'id' },
    expiringWithinDays: { type: 'int' },
    search: { type: 'string' },
  },
  columns: [
    id('ag'),
    { key: 'reference', label: ['Nomor', 'Reference'], type: 'text', sql: 'ag.reference', width: 18 },
    { key: 'title', label: ['Judul', 'Title'], type: 'text', sql: 'ag.title', width: 40 },
    { key: 'kind', label: ['Jenis', 'Kind'], type: 'enum', enumName: 'AgreementKind', sql: 'ag.kind', width: 24 },
    {
      key: 'status',
      label: ['Status', 'Status'],
      type: 'enum',
      enumName: 'AgreementStatus',
      sql: (params, ctx) => agreementStatusSql('ag', params.add(ctx.today)),
      width: 14,
    },
    { key: 'issueAreas', label: ['Isu', 'Issue areas'], type: 'enumList', enumName: 'IssueArea', sql: 'ag.issue_areas', width: 30 },
    province('ag.province_code'),
    { key: 'network', label: ['Jejaring', 'Network'], type: 'text', sql: '(select n.name from network n where n.id = ag.network_id)', width: 30 },
    {
      key: 'parties',
      label: ['Para pihak', 'Parties'],
      type: 'text',
      sql: `(select string_agg(a2.name, '; ' order by a2.name) from agreement_party ap join agency a2 on a2.id = ap.agency_id where ap.agreement_id = ag.id)`,
      width: 50,
    },
    { key: 'signedOn', label: ['Ditandatangani', 'Signed on'], type: 'date', sql: 'ag.signed_on::text', width: 12 },
    { key: 'expiresOn', label: ['Berakhir', 'Expires on'], type: 'date', sql: 'ag.expires_on::text', width: 12 },
    { key: 'terminatedOn', label: ['Diakhiri', 'Terminated on'], type: 'date', sql: 'ag.terminated_on::text', width: 12 },
  ],
  query: (ctx, filter) => agreementListQuery(ctx, filter),
};

export const commitments: ListDataset = {
  kind: 'list',
  name: 'commitments',
  title: ['Komitmen', 'Commitments'],
  filters: {
    provinceCode: { type: 'string' },
    agencyId: { type: 'id' },
    agreementId: { type: 'id' },
    status: enumFilter(CommitmentStatus, true),
    overdue: { type: 'bool' },
  },
  columns: [
    id('c'),
    { key: 'description', label: ['Komitmen', 'Commitment'], type: 'text', sql: 'c.description', width: 50 },
    { key: 'agreement', label: ['Kesepakatan', 'Agreement'], type: 'text', sql: 'ag.title', width: 40 },
    province('ag.province_code'),
    { key: 'agency', label: ['Lembaga', 'Agency'], type: 'text', sql: agencyName('c.agency_id'), width: 36 },
    { key: 'issueArea', label: ['Isu', 'Issue area'], type: 'enum', enumName: 'IssueArea', sql: 'c.issue_area', width: 24 },
    { key: 'indicator', label: ['Indikator', 'Indicator'], type: 'text', sql: 'c.indicator', width: 30 },
    { key: 'targetValue', label: ['Target', 'Target'], type: 'number', sql: 'c.target_value', width: 10 },
    { key: 'achievedValue', label: ['Capaian', 'Achieved'], type: 'number', sql: 'c.achieved_value', width: 10 },
    { key: 'status', label: ['Status', 'Status'], type: 'enum', enumName: 'CommitmentStatus', sql: 'c.status', width: 16 },
    { key: 'dueOn', label: ['Tenggat', 'Due on'], type: 'date', sql: 'c.due_on::text', width: 12 },
    {
      key: 'overdue',
      label: ['Terlambat', 'Overdue'],
      type: 'bool',
      compute: (row, ctx) => commitmentIsOverdue(row as never, ctx.today),
      width: 10,
    },
  ],
  query: (ctx, filter) => commitmentListQuery(ctx, filter),
};

export const actionItems: ListDataset = {
  kind: 'list',
  name: 'action-items',
  title: ['Tindak lanjut', 'Action items'],
  filters: {
    provinceCode: { type: 'string' },
    agencyId: { type: 'id' },
    commitmentId: { type: 'id' },
    meetingId: { type: 'id' },
    status: enumFilter(ActionStatus, true),
    priority: enumFilter(Priority, true),
    overdue: { type: 'bool' },
    dueBefore: { type: 'date' },
  },
  columns: [
    id('ai'),
    { key: 'title', label: ['Judul', 'Title'], type: 'text', sql: 'ai.title', width: 40 },
    province('ai.province_code'),
    { key: 'agency', label: ['Lembaga', 'Agency'], type: 'text', sql: agencyName('ai.agency_id'), width: 36 },
    {
      key: 'agencySector',
      label: ['Sektor lembaga', 'Agency sector'],
      type: 'enum',
      enumName: 'Sector',
      sql: '(select a2.sector from agency a2 where a2.id = ai.agency_id)',
      width: 24,
    },
    // The commitment and its agreement only where the viewer may read them (as the list's
    // `commitment` field answers null outside commitmentById's scope).
    {
      key: 'commitment',
      label: ['Komitmen', 'Commitment'],
      type: 'text',
      sql: (params, ctx) =>
        `(select c.description from commitment c join agreement ag on ag.id = c.agreement_id where c.id = ai.commitment_id and ${agreementScope(ctx.viewer!, params) ?? 'true'})`,
      width: 40,
    },
    {
      key: 'agreement',
      label: ['Kesepakatan', 'Agreement'],
      type: 'text',
      sql: (params, ctx) =>
        `(select ag.title from commitment c join agreement ag on ag.id = c.agreement_id where c.id = ai.commitment_id and ${agreementScope(ctx.viewer!, params) ?? 'true'})`,
      width: 40,
    },
    // The recommendation only where the viewer may read it (as the list's `recommendation` field).
    {
      key: 'recommendation',
      label: ['Rekomendasi', 'Recommendation'],
      type: 'text',
      sql: (params, ctx) =>
        `(select r.title from recommendation r where r.id = ai.recommendation_id and ${recommendationScope(ctx.viewer!, params) ?? 'true'})`,
      width: 40,
    },
    {
      key: 'meeting',
      label: ['Rapat', 'Meeting'],
      type: 'text',
      sql: (params, ctx) => `(select m.title from meeting m where m.id = ai.meeting_id and ${meetingScope(ctx.viewer!, params) ?? 'true'})`,
      width: 30,
    },
    { key: 'priority', label: ['Prioritas', 'Priority'], type: 'enum', enumName: 'Priority', sql: 'ai.priority', width: 12 },
    { key: 'status', label: ['Status', 'Status'], type: 'enum', enumName: 'ActionStatus', sql: 'ai.status', width: 14 },
    { key: 'openedOn', label: ['Dibuka', 'Opened on'], type: 'date', sql: 'ai.opened_on::text', width: 12 },
    { key: 'dueOn', label: ['Tenggat', 'Due on'], type: 'date', sql: 'ai.due_on::text', width: 12 },
    { key: 'completedOn', label: ['Selesai', 'Completed on'], type: 'date', sql: 'ai.completed_on::text', width: 12 },
    { key: 'overdue', label: ['Terlambat', 'Overdue'], type: 'bool', compute: (row, ctx) => actionIsOverdue(row as never, ctx.today), width: 10 },
    { key: 'version', label: ['Versi', 'Version'], type: 'int', sql: 'ai.version', width: 8 },
  ],
  query: (ctx, filter) => actionItemListQuery(ctx, filter),
};

export const recommendations: ListDataset = {
  kind: 'list',
  name: 'recommendations',
  title: ['Rekomendasi lembaga pengawas', 'Recommendations of oversight bodies'],
  filters: {
    provinceCode: { type: 'string' },
    issuerId: { type: 'id' },
    status: enumFilter(RecommendationStatus, true),
    issueArea: enumFilter(IssueArea),
  },
  columns: [
    id('r'),
    { key: 'reference', label: ['Nomor', 'Reference'], type: 'text', sql: 'r.reference', width: 18 },
    { key: 'title', label: ['Judul', 'Title'], type: 'text', sql: 'r.title', width: 40 },
    { key: 'issuer', label: ['Penerbit', 'Issuer'], type: 'text', sql: agencyName('r.issuer_id'), width: 30 },
    { key: 'issuedOn', label: ['Diterbitkan', 'Issued on'], type: 'date', sql: 'r.issued_on::text', width: 12 },
    province('r.province_code'),
    {
      key: 'addressees',
      label: ['Lembaga yang dituju', 'Addressees'],
      type: 'text',
      sql: `(select string_agg(a2.name, '; ' order by a2.name) from recommendation_addressee ra join agency a2 on a2.id = ra.agency_id where ra.recommendation_id = r.id)`,
      width: 50,
    },
    { key: 'issueAreas', label: ['Isu', 'Issue areas'], type: 'enumList', enumName: 'IssueArea', sql: 'r.issue_areas', width: 30 },
    { key: 'responseDueOn', label: ['Tenggat jawaban', 'Response due'], type: 'date', sql: 'r.response_due_on::text', width: 12 },
    { key: 'response', label: ['Jawaban', 'Response'], type: 'enum', enumName: 'RecommendationResponse', sql: 'r.response', width: 20 },
    { key: 'responseNote', label: ['Catatan jawaban', 'Response note'], type: 'text', sql: 'r.response_note', width: 50 },
    { key: 'respondedOn', label: ['Dijawab', 'Responded on'], type: 'date', sql: 'r.responded_on::text', width: 12 },
    {
      key: 'status',
      label: ['Status', 'Status'],
      type: 'enum',
      enumName: 'RecommendationStatus',
      sql: (params, ctx) => recommendationStatusSql('r', params.add(ctx.today)),
      width: 20,
    },
    // The linked action items the viewer may read (as the list's `actionItems` field).
    {
      key: 'actionItems',
      label: ['Jumlah tindak lanjut', 'Action items'],
      type: 'int',
      sql: (params, ctx) =>
        `(select count(*)::int from action_item ai where ai.recommendation_id = r.id and ${actionItemScope(ctx.viewer!, params) ?? 'true'})`,
      width: 10,
    },
  ],
  query: (ctx, filter) => recommendationListQuery(ctx, filter),
};

export const cases: ListDataset = {
  kind: 'list',
  name: 'cases',
  title: ['Kasus', 'Cases'],
  filters: {
    provinceCode: { type: 'string' },
    issueArea: enumFilter(IssueArea),
    outcome: enumFilter(CaseOutcome),
    agencyId: { type: 'id' },
    reportedFrom: { type: 'date' },
    reportedTo: { type: 'date' },
    referralStatus: enumFilter(ReferralStatus),
  },
  columns: [
    id('c'),
    { key: 'code', label: ['Kode kasus', 'Case code'], type: 'text', sql: 'c.code', width: 18 },
    province('c.province_code'),
    { key: 'regency', label: ['Kabupaten/kota', 'Regency/city'], type: 'text', sql: '(select r.name from regency r where r.code = c.regency_code)', width: 24 },
    { key: 'reportedOn', label: ['Dilaporkan', 'Reported on'], type: 'date', sql: 'c.reported_on::text', width: 12 },
    { key: 'issueArea', label: ['Isu', 'Issue area'], type: 'enum', enumName: 'IssueArea', sql: 'c.issue_area', width: 26 },
    { key: 'victimAgeGroup', label: ['Kelompok umur korban', 'Victim age group'], type: 'enum', enumName: 'AgeGroup', sql: 'c.victim_age_group', width: 18 },
    { key: 'victimSex', label: ['Jenis kelamin korban', 'Victim sex'], type: 'enum', enumName: 'Sex', sql: 'c.victim_sex', width: 12 },
    { key: 'intakeAgency', label: ['Lembaga penerima', 'Intake agency'], type: 'text', sql: agencyName('c.intake_agency_id'), width: 36 },
    { key: 'outcome', label: ['Hasil', 'Outcome'], type: 'enum', enumName: 'CaseOutcome', sql: 'c.outcome', width: 18 },
    { key: 'closedOn', label: ['Ditutup', 'Closed on'], type: 'date', sql: 'c.closed_on::text', width: 12 },
    {
      key: 'firstServiceOn',
      label: ['Layanan pertama', 'First service on'],
      type: 'date',
      sql: '(select min(s.provided_on)::text from service_record s where s.case_id = c.id)',
      width: 12,
    },
  ],
  query: (ctx, filter) => caseListQuery(ctx, filter),
};

export const auditEvents: ListDataset = {
  kind: 'list',
  name: 'audit-events',
  title: ['Jejak audit', 'Audit trail'],
  filters: {
    entityType: { type: 'string' },
    entityId: { type: 'string' },
    actorId: { type: 'id' },
    action: { type: 'string' },
    provinceCode: { type: 'string' },
  },
  columns: [
    { key: 'id', label: ['ID', 'ID'], type: 'int', sql: 'e.id::text', width: 10 },
    { key: 'at', label: ['Waktu', 'At'], type: 'datetime', sql: `to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`, width: 22 },
    { key: 'actor', label: ['Pelaku', 'Actor'], type: 'text', sql: '(select u.email from hub_user u where u.id = e.actor_id)', width: 30 },
    { key: 'action', label: ['Tindakan', 'Action'], type: 'text', sql: 'e.action', width: 22 },
    { key: 'entityType', label: ['Jenis data', 'Entity type'], type: 'text', sql: 'e.entity_type', width: 16 },
    { key: 'entityId', label: ['ID data', 'Entity ID'], type: 'text', sql: 'e.entity_id', width: 12 },
    province('e.province_code'),
    { key: 'changes', label: ['Perubahan', 'Changes'], type: 'text', sql: 'e.changes::text', width: 60 },
  ],
  query: (ctx, filter) => auditEventListQuery(ctx, filter),
};

/** The list datasets by name. */
export const LIST_DATASETS: Record<string, ListDataset> = Object.fromEntries(
  [agencies, meetings, agreements, commitments, actionItems, cases, recommendations, auditEvents].map((d) => [d.name, d]),
);

/** The select list of an export: every column with SQL, named by its key. */
export function exportColumnsSql(dataset: ListDataset, ctx: Context, params: Params): string {
  return dataset.columns
    .filter((c) => c.sql)
    .map((c) => `${typeof c.sql === 'function' ? c.sql(params, ctx) : c.sql} as "${c.key}"`)
    .join(', ');
}
