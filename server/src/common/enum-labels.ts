import type * as E from './enums';

export type Lang = 'id' | 'en';
type Pair = readonly [id: string, en: string];

/**
 * The one catalogue of the API's enum labels, Bahasa Indonesia first: the dashboard shows
 * them (client/src/i18n/enums.ts imports this file) and the server writes them into
 * exports, reports and import templates, so a spreadsheet user reads the same words.
 * Each enum is listed in the order people expect to read it. Only type imports here: the
 * dashboard bundles this file.
 */
export const enumLabels = {
  Sector: {
    PROTECTION_SERVICE: ['Layanan perlindungan (UPTD PPA, DP3A)', 'Protection services (UPTD PPA, DP3A)'],
    SOCIAL_WELFARE: ['Sosial', 'Social welfare'],
    POLICE: ['Kepolisian', 'Police'],
    PROSECUTION: ['Kejaksaan', 'Prosecution'],
    JUDICIARY: ['Pengadilan', 'Judiciary'],
    HEALTH: ['Kesehatan', 'Health'],
    EDUCATION: ['Pendidikan', 'Education'],
    LEGAL_AID: ['Bantuan hukum', 'Legal aid'],
    CIVIL_SOCIETY: ['Masyarakat sipil', 'Civil society'],
    OVERSIGHT: ['Lembaga pengawas', 'Oversight bodies'],
    COMMUNITY: ['Komunitas', 'Community'],
    OTHER: ['Lainnya', 'Other'],
  } satisfies Record<E.Sector, Pair>,
  AgencyLevel: {
    NATIONAL: ['Nasional', 'National'],
    PROVINCE: ['Provinsi', 'Province'],
    REGENCY: ['Kabupaten/kota', 'Regency/city'],
  } satisfies Record<E.AgencyLevel, Pair>,
  IssueArea: {
    CHILD_MARRIAGE: ['Perkawinan anak', 'Child marriage'],
    VIOLENCE_AGAINST_WOMEN: ['Kekerasan terhadap perempuan', 'Violence against women'],
    DOMESTIC_VIOLENCE: ['Kekerasan dalam rumah tangga', 'Domestic violence'],
    SEXUAL_VIOLENCE: ['Kekerasan seksual', 'Sexual violence'],
    VIOLENCE_AGAINST_CHILDREN: ['Kekerasan terhadap anak', 'Violence against children'],
    TRAFFICKING: ['Perdagangan orang (TPPO)', 'Trafficking'],
    OTHER: ['Lainnya', 'Other'],
  } satisfies Record<E.IssueArea, Pair>,
  Role: {
    ADMIN: ['Administrator', 'Administrator'],
    COORDINATOR: ['Koordinator provinsi', 'Provincial coordinator'],
    OVERSIGHT: ['Lembaga pengawas', 'Oversight body'],
    MEMBER: ['Anggota jejaring', 'Network member'],
  } satisfies Record<E.Role, Pair>,
  MembershipRole: {
    LEAD: ['Pemimpin', 'Lead'],
    MEMBER: ['Anggota', 'Member'],
    OBSERVER: ['Pengamat', 'Observer'],
  } satisfies Record<E.MembershipRole, Pair>,
  AgreementKind: {
    MOU: ['Nota kesepahaman (MoU)', 'Memorandum of understanding'],
    COOPERATION_AGREEMENT: ['Perjanjian kerja sama (PKS)', 'Cooperation agreement'],
    JOINT_COMMITMENT: ['Kesepakatan bersama', 'Joint commitment'],
    REGULATION: ['Peraturan/keputusan daerah', 'Regional regulation'],
  } satisfies Record<E.AgreementKind, Pair>,
  AgreementStatus: {
    DRAFT: ['Draf', 'Draft'],
    ACTIVE: ['Berlaku', 'Active'],
    EXPIRED: ['Kedaluwarsa', 'Expired'],
    TERMINATED: ['Diakhiri', 'Terminated'],
  } satisfies Record<E.AgreementStatus, Pair>,
  CommitmentStatus: {
    PLANNED: ['Direncanakan', 'Planned'],
    IN_PROGRESS: ['Berjalan', 'In progress'],
    FULFILLED: ['Terpenuhi', 'Fulfilled'],
    LAPSED: ['Tidak terpenuhi', 'Lapsed'],
  } satisfies Record<E.CommitmentStatus, Pair>,
  ActionStatus: {
    OPEN: ['Terbuka', 'Open'],
    IN_PROGRESS: ['Dikerjakan', 'In progress'],
    BLOCKED: ['Terhambat', 'Blocked'],
    DONE: ['Selesai', 'Done'],
    CANCELLED: ['Dibatalkan', 'Cancelled'],
  } satisfies Record<E.ActionStatus, Pair>,
  Priority: {
    LOW: ['Rendah', 'Low'],
    MEDIUM: ['Sedang', 'Medium'],
    HIGH: ['Tinggi', 'High'],
    URGENT: ['Mendesak', 'Urgent'],
  } satisfies Record<E.Priority, Pair>,
  AgeGroup: {
    CHILD_0_5: ['Anak 0–5 tahun', 'Child 0–5'],
    CHILD_6_12: ['Anak 6–12 tahun', 'Child 6–12'],
    CHILD_13_17: ['Anak 13–17 tahun', 'Child 13–17'],
    ADULT_18_24: ['Dewasa 18–24 tahun', 'Adult 18–24'],
    ADULT_25_59: ['Dewasa 25–59 tahun', 'Adult 25–59'],
    ADULT_60_PLUS: ['Lansia 60+ tahun', 'Older adult 60+'],
  } satisfies Record<E.AgeGroup, Pair>,
  Sex: {
    FEMALE: ['Perempuan', 'Female'],
    MALE: ['Laki-laki', 'Male'],
  } satisfies Record<E.Sex, Pair>,
  CaseOutcome: {
    OPEN: ['Baru', 'Open'],
    IN_SERVICE: ['Dalam layanan', 'In service'],
    IN_LEGAL_PROCESS: ['Dalam proses hukum', 'In legal process'],
    RESOLVED: ['Selesai ditangani', 'Resolved'],
    CONVICTED: ['Pelaku dihukum', 'Convicted'],
    DISMISSED: ['Dihentikan', 'Dismissed'],
    WITHDRAWN: ['Dicabut', 'Withdrawn'],
    REFERRED_OUT: ['Dirujuk keluar', 'Referred out'],
  } satisfies Record<E.CaseOutcome, Pair>,
  ReferralStatus: {
    PENDING: ['Menunggu', 'Pending'],
    ACCEPTED: ['Diterima', 'Accepted'],
    DECLINED: ['Ditolak', 'Declined'],
    COMPLETED: ['Tuntas', 'Completed'],
  } satisfies Record<E.ReferralStatus, Pair>,
  ServiceType: {
    MEDICAL: ['Medis', 'Medical'],
    PSYCHOSOCIAL: ['Psikososial', 'Psychosocial'],
    LEGAL_AID: ['Bantuan hukum', 'Legal aid'],
    SHELTER: ['Rumah aman', 'Shelter'],
    SOCIAL_ASSISTANCE: ['Bantuan sosial', 'Social assistance'],
    EDUCATION_CONTINUITY: ['Keberlanjutan sekolah', 'Continued schooling'],
    RESTITUTION: ['Restitusi', 'Restitution'],
    REHABILITATION: ['Rehabilitasi', 'Rehabilitation'],
    REINTEGRATION: ['Reintegrasi', 'Reintegration'],
  } satisfies Record<E.ServiceType, Pair>,
  RecommendationStatus: {
    AWAITING_RESPONSE: ['Menunggu jawaban', 'Awaiting answer'],
    RESPONSE_OVERDUE: ['Jawaban terlambat', 'Answer overdue'],
    NOT_ACCEPTED: ['Tidak diterima (dicatat)', 'Not accepted (noted)'],
    ACCEPTED: ['Diterima', 'Accepted'],
    IN_PROGRESS: ['Sedang dilaksanakan', 'Being implemented'],
    IMPLEMENTED: ['Terlaksana', 'Implemented'],
  } satisfies Record<E.RecommendationStatus, Pair>,
  RecommendationResponse: {
    ACCEPTED: ['Diterima', 'Accepted'],
    PARTIALLY_ACCEPTED: ['Diterima sebagian', 'Partly accepted'],
    NOTED: ['Dicatat (tidak diterima)', 'Noted (not accepted)'],
  } satisfies Record<E.RecommendationResponse, Pair>,
  EmailStatus: {
    PENDING: ['Menunggu dikirim', 'Pending'],
    SENT: ['Terkirim', 'Sent'],
    FAILED: ['Gagal', 'Failed'],
    NOT_SENT: ['Tidak dikirim (tanpa server email)', 'Not sent (no mail server)'],
  } satisfies Record<E.EmailStatus, Pair>,
} as const;

export type EnumName = keyof typeof enumLabels;

/** The label of an enum value in a language; the identifier itself when it has none. */
export function enumLabel(name: EnumName, value: string, lang: Lang): string {
  const pair = (enumLabels[name] as Record<string, Pair>)[value];
  return pair ? pair[lang === 'en' ? 1 : 0] : value;
}

/**
 * The enum value a spreadsheet cell names: the identifier, or its label in either language
 * (case and surrounding spaces ignored); null when it names none.
 */
export function enumFromCell(name: EnumName, cell: string): string | null {
  const wanted = cell.trim().toLowerCase();
  for (const [value, pair] of Object.entries(enumLabels[name] as Record<string, Pair>)) {
    if (value.toLowerCase() === wanted || pair[0].toLowerCase() === wanted || pair[1].toLowerCase() === wanted) return value;
  }
  return null;
}
