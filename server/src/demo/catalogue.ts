import type { AgencyLevel, AgreementKind, IssueArea, MembershipRole, Role, Sector } from '../common/enums';

/**
 * The hand-written part of the demo world: six provinces and the national level, their
 * agencies, networks, key meetings and agreements, and the demo accounts. Names of
 * agencies, networks, meetings and agreements follow public Indonesian reports (see
 * /shared/context); people are never named. Dates are offsets in days from "today".
 */

export type SectorName = `${Sector}`;
export type LevelName = `${AgencyLevel}`;
export type IssueName = `${IssueArea}`;
export type KindName = `${AgreementKind}`;
export type MemberRoleName = `${MembershipRole}`;
export type RoleName = `${Role}`;

// ---------------------------------------------------------------- provinces

export interface ProvinceProfile {
  code: string;
  /** Used in e-mail addresses and keys. */
  slug: string;
  short: string;
  /** Cases over the last 18 months. */
  cases: number;
  /** 0..1: how reliably the province's agencies deliver (commitments, actions, referrals). */
  performance: number;
  /** Mean days from report to first service. */
  serviceDelay: number;
  issueWeights: Partial<Record<IssueName, number>>;
  /** Extra action items not tied to a meeting or commitment. */
  standaloneActions: number;
}

export const DEMO_PROVINCES: ProvinceProfile[] = [
  {
    code: '52', slug: 'ntb', short: 'NTB', cases: 118, performance: 0.8, serviceDelay: 2, standaloneActions: 20,
    issueWeights: { CHILD_MARRIAGE: 30, SEXUAL_VIOLENCE: 22, DOMESTIC_VIOLENCE: 18, VIOLENCE_AGAINST_CHILDREN: 15, VIOLENCE_AGAINST_WOMEN: 8, TRAFFICKING: 5, OTHER: 2 },
  },
  {
    code: '61', slug: 'kalbar', short: 'Kalbar', cases: 78, performance: 0.4, serviceDelay: 9, standaloneActions: 18,
    issueWeights: { TRAFFICKING: 30, SEXUAL_VIOLENCE: 18, DOMESTIC_VIOLENCE: 17, VIOLENCE_AGAINST_CHILDREN: 15, VIOLENCE_AGAINST_WOMEN: 10, CHILD_MARRIAGE: 6, OTHER: 4 },
  },
  {
    code: '35', slug: 'jatim', short: 'Jatim', cases: 96, performance: 0.65, serviceDelay: 4, standaloneActions: 15,
    issueWeights: { VIOLENCE_AGAINST_CHILDREN: 28, SEXUAL_VIOLENCE: 25, DOMESTIC_VIOLENCE: 22, VIOLENCE_AGAINST_WOMEN: 10, CHILD_MARRIAGE: 8, TRAFFICKING: 4, OTHER: 3 },
  },
  {
    code: '31', slug: 'dki', short: 'DKI Jakarta', cases: 84, performance: 0.72, serviceDelay: 2, standaloneActions: 15,
    issueWeights: { SEXUAL_VIOLENCE: 28, DOMESTIC_VIOLENCE: 27, VIOLENCE_AGAINST_WOMEN: 18, VIOLENCE_AGAINST_CHILDREN: 17, TRAFFICKING: 5, CHILD_MARRIAGE: 1, OTHER: 4 },
  },
  {
    code: '32', slug: 'jabar', short: 'Jabar', cases: 46, performance: 0.55, serviceDelay: 6, standaloneActions: 12,
    issueWeights: { CHILD_MARRIAGE: 26, TRAFFICKING: 20, DOMESTIC_VIOLENCE: 20, SEXUAL_VIOLENCE: 15, VIOLENCE_AGAINST_CHILDREN: 12, VIOLENCE_AGAINST_WOMEN: 5, OTHER: 2 },
  },
  {
    code: '73', slug: 'sulsel', short: 'Sulsel', cases: 14, performance: 0.35, serviceDelay: 15, standaloneActions: 6,
    issueWeights: { DOMESTIC_VIOLENCE: 30, SEXUAL_VIOLENCE: 25, VIOLENCE_AGAINST_CHILDREN: 20, CHILD_MARRIAGE: 15, VIOLENCE_AGAINST_WOMEN: 10 },
  },
];

// ---------------------------------------------------------------- agencies

export interface AgencySpec {
  key: string;
  name: string;
  acronym: string | null;
  sector: SectorName;
  level: LevelName;
  province: string | null;
  regency: string | null;
  active: boolean;
  /** Overrides the drawn reliability (0..1) for agencies meant to stand out. */
  reliability?: number;
}

function national(key: string, name: string, acronym: string | null, sector: SectorName): AgencySpec {
  return { key, name, acronym, sector, level: 'NATIONAL', province: null, regency: null, active: true };
}
function provincial(province: string) {
  return (key: string, name: string, acronym: string | null, sector: SectorName, extra: Partial<AgencySpec> = {}): AgencySpec => ({
    key, name, acronym, sector, level: 'PROVINCE', province, regency: null, active: true, ...extra,
  });
}
function regional(regency: string) {
  return (key: string, name: string, acronym: string | null, sector: SectorName, extra: Partial<AgencySpec> = {}): AgencySpec => ({
    key, name, acronym, sector, level: 'REGENCY', province: regency.slice(0, 2), regency, active: true, ...extra,
  });
}

const ntb = provincial('52');
const mataram = regional('52.71');
const lombokTengah = regional('52.02');
const kalbar = provincial('61');
const pontianak = regional('61.71');
const sambas = regional('61.01');
const sanggau = regional('61.03');
const jatim = provincial('35');
const kediri = regional('35.71');
const surabaya = regional('35.78');
const dki = provincial('31');
const jakPus = regional('31.71');
const jakUt = regional('31.72');
const jakTim = regional('31.75');
const jabar = provincial('32');
const indramayu = regional('32.12');
const sulsel = provincial('73');
const makassar = regional('73.71');

export const AGENCIES: AgencySpec[] = [
  // National bodies
  national('nat.komnas', 'Komisi Nasional Anti Kekerasan terhadap Perempuan', 'Komnas Perempuan', 'OVERSIGHT'),
  national('nat.kpai', 'Komisi Perlindungan Anak Indonesia', 'KPAI', 'OVERSIGHT'),
  national('nat.komjak', 'Komisi Kejaksaan Republik Indonesia', 'Komisi Kejaksaan', 'OVERSIGHT'),
  national('nat.kemenpppa', 'Kementerian Pemberdayaan Perempuan dan Perlindungan Anak', 'KemenPPPA', 'PROTECTION_SERVICE'),
  national('nat.bareskrim', 'Direktorat Tindak Pidana PPA dan PPO Bareskrim Polri', 'Bareskrim PPA-PPO', 'POLICE'),
  national('nat.kejagung', 'Jaksa Agung Muda Tindak Pidana Umum, Kejaksaan Agung RI', 'Jampidum Kejagung', 'PROSECUTION'),
  national('nat.badilag', 'Direktorat Jenderal Badan Peradilan Agama Mahkamah Agung RI', 'Badilag MA', 'JUDICIARY'),
  national('nat.kemensos', 'Kementerian Sosial Republik Indonesia', 'Kemensos', 'SOCIAL_WELFARE'),
  national('nat.kemenkes', 'Kementerian Kesehatan Republik Indonesia', 'Kemenkes', 'HEALTH'),
  national('nat.kemendikdasmen', 'Kementerian Pendidikan Dasar dan Menengah', 'Kemendikdasmen', 'EDUCATION'),
  national('nat.ecpat', 'ECPAT Indonesia', 'ECPAT Indonesia', 'CIVIL_SOCIETY'),
  national('nat.kpi', 'Sekretariat Nasional Koalisi Perempuan Indonesia', 'Seknas KPI', 'CIVIL_SOCIETY'),
  national('nat.lbhapik', 'Asosiasi LBH APIK Indonesia', 'LBH APIK Indonesia', 'LEGAL_AID'),
  national('nat.lpsk', 'Lembaga Perlindungan Saksi dan Korban', 'LPSK', 'OTHER'),
  national('nat.kp2mi', 'Kementerian Pelindungan Pekerja Migran Indonesia', 'KP2MI', 'OTHER'),

  // Nusa Tenggara Barat (52)
  ntb('ntb.dp3ap2kb', 'Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana Provinsi NTB', 'DP3AP2KB NTB', 'PROTECTION_SERVICE'),
  ntb('ntb.uptd', 'UPTD Perlindungan Perempuan dan Anak Provinsi NTB', 'UPTD PPA NTB', 'PROTECTION_SERVICE'),
  ntb('ntb.dinsos', 'Dinas Sosial Provinsi Nusa Tenggara Barat', 'Dinsos NTB', 'SOCIAL_WELFARE'),
  ntb('ntb.polda', 'Unit PPA Ditreskrimum Polda Nusa Tenggara Barat', 'Unit PPA Polda NTB', 'POLICE'),
  ntb('ntb.kejati', 'Kejaksaan Tinggi Nusa Tenggara Barat', 'Kejati NTB', 'PROSECUTION', { reliability: 0.3 }),
  ntb('ntb.rsud', 'RSUD Provinsi Nusa Tenggara Barat', 'RSUD Provinsi NTB', 'HEALTH'),
  ntb('ntb.dikbud', 'Dinas Pendidikan dan Kebudayaan Provinsi NTB', 'Dikbud NTB', 'EDUCATION'),
  ntb('ntb.lbhapik', 'LBH APIK Nusa Tenggara Barat', 'LBH APIK NTB', 'LEGAL_AID'),
  ntb('ntb.pbhm', 'PBHM Nusa Tenggara Barat', 'PBHM NTB', 'LEGAL_AID'),
  ntb('ntb.pbhbm', 'Pusat Bantuan Hukum Buruh Migran NTB', 'PBH Buruh Migran', 'LEGAL_AID'),
  ntb('ntb.kpi', 'Koalisi Perempuan Indonesia Wilayah NTB', 'KPI NTB', 'CIVIL_SOCIETY'),
  ntb('ntb.lpa', 'Lembaga Perlindungan Anak NTB', 'LPA NTB', 'CIVIL_SOCIETY'),
  ntb('ntb.santai', 'Yayasan Santai NTB', 'Yayasan Santai', 'CIVIL_SOCIETY'),
  ntb('ntb.sobat', 'Sobat NTB', null, 'CIVIL_SOCIETY'),
  ntb('ntb.pancakarsa', 'Perkumpulan Pancakarsa', 'Pancakarsa', 'CIVIL_SOCIETY'),
  ntb('ntb.adat', 'Majelis Adat Sasak', 'MAS', 'COMMUNITY'),
  ntb('ntb.kemenag', 'Kantor Wilayah Kementerian Agama Provinsi NTB', 'Kanwil Kemenag NTB', 'OTHER'),
  ntb('ntb.ombudsman', 'Ombudsman RI Perwakilan Nusa Tenggara Barat', 'Ombudsman NTB', 'OVERSIGHT'),
  mataram('ntb.uptd-mataram', 'UPTD PPA Kota Mataram', 'UPTD PPA Mataram', 'PROTECTION_SERVICE'),
  mataram('ntb.p2tp2a-mataram', 'P2TP2A Kota Mataram (kini UPTD PPA Kota Mataram)', 'P2TP2A Mataram', 'PROTECTION_SERVICE', { active: false }),
  mataram('ntb.polresta', 'Unit PPA Satreskrim Polresta Mataram', 'Unit PPA Polresta Mataram', 'POLICE'),
  mataram('ntb.kejari-mataram', 'Kejaksaan Negeri Mataram', 'Kejari Mataram', 'PROSECUTION'),
  mataram('ntb.pa-mataram', 'Pengadilan Agama Mataram', 'PA Mataram', 'JUDICIARY'),
  mataram('ntb.dinsos-mataram', 'Dinas Sosial Kota Mataram (Pekerja Sosial)', 'Peksos Kota Mataram', 'SOCIAL_WELFARE'),
  mataram('ntb.sentra', 'Sentra Paramita Mataram', 'Sentra Paramita', 'SOCIAL_WELFARE'),
  mataram('ntb.lpa-mataram', 'LPA Kota Mataram', 'LPA Mataram', 'CIVIL_SOCIETY'),
  lombokTengah('ntb.uptd-loteng', 'UPTD PPA Kabupaten Lombok Tengah', 'UPTD PPA Lombok Tengah', 'PROTECTION_SERVICE'),
  lombokTengah('ntb.pa-praya', 'Pengadilan Agama Praya', 'PA Praya', 'JUDICIARY'),
  lombokTengah('ntb.puskesmas-praya', 'Puskesmas Praya', null, 'HEALTH'),
  lombokTengah('ntb.satgas-loteng', 'Satgas Perlindungan Perempuan dan Anak Desa Kabupaten Lombok Tengah', 'Satgas PPA Desa Loteng', 'COMMUNITY'),

  // Kalimantan Barat (61)
  kalbar('kb.dp3ap2kb', 'Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana Provinsi Kalimantan Barat', 'DP3AP2KB Kalbar', 'PROTECTION_SERVICE'),
  kalbar('kb.uptd', 'UPTD Perlindungan Perempuan dan Anak Provinsi Kalimantan Barat', 'UPTD PPA Kalbar', 'PROTECTION_SERVICE'),
  kalbar('kb.dinsos', 'Dinas Sosial Provinsi Kalimantan Barat', 'Dinsos Kalbar', 'SOCIAL_WELFARE'),
  kalbar('kb.polda', 'Unit PPA Ditreskrimum Polda Kalimantan Barat', 'Unit PPA Polda Kalbar', 'POLICE'),
  kalbar('kb.kejati', 'Kejaksaan Tinggi Kalimantan Barat', 'Kejati Kalbar', 'PROSECUTION'),
  kalbar('kb.rsud', 'RSUD dr. Soedarso Pontianak', 'RSUD dr. Soedarso', 'HEALTH'),
  kalbar('kb.disdik', 'Dinas Pendidikan dan Kebudayaan Provinsi Kalimantan Barat', 'Disdikbud Kalbar', 'EDUCATION'),
  kalbar('kb.kppad', 'Komisi Perlindungan dan Pengawasan Anak Daerah Kalimantan Barat', 'KPPAD Kalbar', 'OVERSIGHT'),
  kalbar('kb.bp3mi', 'Balai Pelayanan Pelindungan Pekerja Migran Indonesia Kalimantan Barat', 'BP3MI Kalbar', 'OTHER'),
  pontianak('kb.pn-pontianak', 'Pengadilan Negeri Pontianak', 'PN Pontianak', 'JUDICIARY'),
  pontianak('kb.nanda', 'Yayasan Nanda Dian Nusantara', 'YNDN', 'CIVIL_SOCIETY'),
  pontianak('kb.pbh', 'Pos Bantuan Hukum Peradi Pontianak', 'PBH Peradi Pontianak', 'LEGAL_AID'),
  sambas('kb.uptd-sambas', 'UPTD PPA Kabupaten Sambas', 'UPTD PPA Sambas', 'PROTECTION_SERVICE'),
  sambas('kb.polres-sambas', 'Unit PPA Satreskrim Polres Sambas', 'Unit PPA Polres Sambas', 'POLICE'),
  sanggau('kb.imigrasi', 'Kantor Imigrasi Kelas II TPI Entikong', 'Imigrasi Entikong', 'OTHER', { reliability: 0.2 }),
  sanggau('kb.satgas-entikong', 'Satgas Perlindungan Anak dan Pencegahan TPPO Kecamatan Entikong', 'Satgas PPA Entikong', 'COMMUNITY'),

  // Jawa Timur (35)
  jatim('jt.dp3ak', 'Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Kependudukan Provinsi Jawa Timur', 'DP3AK Jatim', 'PROTECTION_SERVICE'),
  jatim('jt.uptd', 'UPT Perlindungan Perempuan dan Anak Provinsi Jawa Timur', 'UPT PPA Jatim', 'PROTECTION_SERVICE'),
  jatim('jt.dinsos', 'Dinas Sosial Provinsi Jawa Timur', 'Dinsos Jatim', 'SOCIAL_WELFARE'),
  jatim('jt.polda', 'Unit PPA Ditreskrimum Polda Jawa Timur', 'Unit PPA Polda Jatim', 'POLICE'),
  jatim('jt.kejati', 'Kejaksaan Tinggi Jawa Timur', 'Kejati Jatim', 'PROSECUTION'),
  jatim('jt.rsud', 'RSUD Dr. Soetomo Surabaya', 'RSUD Dr. Soetomo', 'HEALTH'),
  jatim('jt.lbhapik', 'LBH APIK Jawa Timur', 'LBH APIK Jatim', 'LEGAL_AID'),
  surabaya('jt.savy', 'Savy Amira Women\'s Crisis Center', 'Savy Amira', 'CIVIL_SOCIETY'),
  surabaya('jt.uptd-surabaya', 'UPTD PPA Kota Surabaya', 'UPTD PPA Surabaya', 'PROTECTION_SERVICE'),
  surabaya('jt.pa-surabaya', 'Pengadilan Agama Surabaya', 'PA Surabaya', 'JUDICIARY'),
  kediri('jt.dp3ap2kb-kediri', 'Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana Kota Kediri', 'DP3AP2KB Kota Kediri', 'PROTECTION_SERVICE'),
  kediri('jt.polres-kediri', 'Unit PPA Satreskrim Polres Kediri Kota', 'Unit PPA Polres Kediri Kota', 'POLICE'),
  kediri('jt.ylpa-kediri', 'Yayasan Lembaga Perlindungan Anak Kediri', 'YLPA Kediri', 'CIVIL_SOCIETY'),
  kediri('jt.dinsos-kediri', 'Dinas Sosial Kota Kediri', 'Dinsos Kota Kediri', 'SOCIAL_WELFARE'),
  kediri('jt.disdik-kediri', 'Dinas Pendidikan Kota Kediri', 'Disdik Kota Kediri', 'EDUCATION'),
  kediri('jt.satgas-kediri', 'Satgas PPA Kelurahan Kota Kediri', 'Satgas PPA Kelurahan', 'COMMUNITY'),

  // DKI Jakarta (31)
  dki('dki.dppapp', 'Dinas Pemberdayaan, Perlindungan Anak dan Pengendalian Penduduk Provinsi DKI Jakarta', 'Dinas PPAPP DKI', 'PROTECTION_SERVICE'),
  dki('dki.uptd', 'UPT Perlindungan Perempuan dan Anak Provinsi DKI Jakarta', 'UPT PPA DKI Jakarta', 'PROTECTION_SERVICE'),
  dki('dki.dinsos', 'Dinas Sosial Provinsi DKI Jakarta', 'Dinsos DKI', 'SOCIAL_WELFARE'),
  dki('dki.polda', 'Subdit Remaja, Anak dan Wanita Ditreskrimum Polda Metro Jaya', 'Subdit Renakta Polda Metro Jaya', 'POLICE'),
  dki('dki.kejati', 'Kejaksaan Tinggi DKI Jakarta', 'Kejati DKI', 'PROSECUTION'),
  dki('dki.disdik', 'Dinas Pendidikan Provinsi DKI Jakarta', 'Disdik DKI', 'EDUCATION'),
  dki('dki.lbhapik', 'LBH APIK Jakarta', 'LBH APIK Jakarta', 'LEGAL_AID'),
  dki('dki.puspa', 'Forum Partisipasi Publik untuk Kesejahteraan Perempuan dan Anak DKI Jakarta', 'Forum PUSPA DKI', 'COMMUNITY'),
  jakPus('dki.rsud', 'RSUD Tarakan Jakarta', 'RSUD Tarakan', 'HEALTH'),
  jakUt('dki.sudin-jakut', 'Suku Dinas PPAPP Kota Administrasi Jakarta Utara', 'Sudin PPAPP Jakut', 'PROTECTION_SERVICE'),
  jakTim('dki.polres-jaktim', 'Unit PPA Satreskrim Polres Metro Jakarta Timur', 'Unit PPA Polres Jaktim', 'POLICE'),
  jakTim('dki.pn-jaktim', 'Pengadilan Negeri Jakarta Timur', 'PN Jakarta Timur', 'JUDICIARY'),
  jakTim('dki.pa-jaktim', 'Pengadilan Agama Jakarta Timur', 'PA Jakarta Timur', 'JUDICIARY'),

  // Jawa Barat (32)
  jabar('jb.dp3akb', 'Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana Provinsi Jawa Barat', 'DP3AKB Jabar', 'PROTECTION_SERVICE'),
  jabar('jb.uptd', 'UPTD Perlindungan Perempuan dan Anak Provinsi Jawa Barat', 'UPTD PPA Jabar', 'PROTECTION_SERVICE'),
  jabar('jb.dinsos', 'Dinas Sosial Provinsi Jawa Barat', 'Dinsos Jabar', 'SOCIAL_WELFARE'),
  jabar('jb.polda', 'Unit PPA Ditreskrimum Polda Jawa Barat', 'Unit PPA Polda Jabar', 'POLICE'),
  jabar('jb.kejati', 'Kejaksaan Tinggi Jawa Barat', 'Kejati Jabar', 'PROSECUTION'),
  jabar('jb.disdik', 'Dinas Pendidikan Provinsi Jawa Barat', 'Disdik Jabar', 'EDUCATION', { reliability: 0.25 }),
  jabar('jb.lbhapik', 'LBH APIK Jawa Barat', 'LBH APIK Jabar', 'LEGAL_AID'),
  jabar('jb.bp3mi', 'Balai Pelayanan Pelindungan Pekerja Migran Indonesia Jawa Barat', 'BP3MI Jabar', 'OTHER'),
  jabar('jb.fad', 'Forum Anak Daerah Jawa Barat', 'FAD Jabar', 'COMMUNITY'),
  indramayu('jb.uptd-indramayu', 'UPTD PPA Kabupaten Indramayu', 'UPTD PPA Indramayu', 'PROTECTION_SERVICE'),
  indramayu('jb.pa-indramayu', 'Pengadilan Agama Indramayu', 'PA Indramayu', 'JUDICIARY'),
  indramayu('jb.rsud-indramayu', 'RSUD Kabupaten Indramayu', 'RSUD Indramayu', 'HEALTH'),

  // Sulawesi Selatan (73)
  sulsel('ss.dp3a', 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak Provinsi Sulawesi Selatan', 'DP3A Sulsel', 'PROTECTION_SERVICE'),
  sulsel('ss.uptd', 'UPTD Perlindungan Perempuan dan Anak Provinsi Sulawesi Selatan', 'UPTD PPA Sulsel', 'PROTECTION_SERVICE'),
  sulsel('ss.dinsos', 'Dinas Sosial Provinsi Sulawesi Selatan', 'Dinsos Sulsel', 'SOCIAL_WELFARE'),
  sulsel('ss.polda', 'Unit PPA Ditreskrimum Polda Sulawesi Selatan', 'Unit PPA Polda Sulsel', 'POLICE'),
  sulsel('ss.lbhapik', 'LBH APIK Sulawesi Selatan', 'LBH APIK Sulsel', 'LEGAL_AID'),
  sulsel('ss.lpa', 'Lembaga Perlindungan Anak Sulawesi Selatan', 'LPA Sulsel', 'CIVIL_SOCIETY'),
  makassar('ss.uptd-makassar', 'UPTD PPA Kota Makassar', 'UPTD PPA Makassar', 'PROTECTION_SERVICE'),
  makassar('ss.pa-makassar', 'Pengadilan Agama Makassar', 'PA Makassar', 'JUDICIARY'),
  makassar('ss.rs-makassar', 'RSUD Kota Makassar', 'RSUD Makassar', 'HEALTH'),
];

// ---------------------------------------------------------------- networks

export interface NetworkSpec {
  key: string;
  name: string;
  /** Short name used in generated meeting titles. */
  short: string;
  description: string;
  province: string | null;
  issueAreas: IssueName[];
  /** Days before today the network was formed. */
  formed: number;
  lead: string;
  members: string[];
  observers: string[];
  /** Days between routine meetings (generated), null for none. */
  cadence: number | null;
}

export const NETWORKS: NetworkSpec[] = [
  {
    key: 'ntb.jejaring-kpi', province: '52', formed: 1500, cadence: 120,
    name: 'Jejaring KPI NTB untuk Pencegahan Perkawinan Anak, Kekerasan terhadap Perempuan dan KBG',
    short: 'Jejaring KPI NTB',
    description:
      'Jejaring organisasi masyarakat sipil dan perwakilan pemerintah daerah yang digagas Koalisi Perempuan Indonesia Wilayah NTB untuk pencegahan dan penanganan perkawinan anak (CEFM), kekerasan terhadap perempuan (KTP) dan kekerasan berbasis gender (KBG).',
    issueAreas: ['CHILD_MARRIAGE', 'VIOLENCE_AGAINST_WOMEN', 'SEXUAL_VIOLENCE', 'DOMESTIC_VIOLENCE'],
    lead: 'ntb.kpi',
    members: ['ntb.uptd', 'ntb.uptd-loteng', 'ntb.uptd-mataram', 'ntb.sentra', 'ntb.dinsos-mataram', 'ntb.lpa', 'ntb.lpa-mataram', 'ntb.santai', 'ntb.pbhbm', 'ntb.pbhm', 'ntb.lbhapik', 'ntb.sobat', 'ntb.pancakarsa', 'ntb.satgas-loteng'],
    observers: ['ntb.pa-mataram', 'ntb.pa-praya', 'nat.kpi'],
  },
  {
    key: 'ntb.forum', province: '52', formed: 1200, cadence: 90,
    name: 'Forum Koordinasi Layanan Terpadu Perlindungan Perempuan dan Anak Provinsi NTB',
    short: 'Forum Layanan Terpadu NTB',
    description: 'Forum lintas sektor pemerintah provinsi, aparat penegak hukum, layanan kesehatan dan pendidikan untuk memastikan alur layanan korban dari pengaduan sampai pemulihan.',
    issueAreas: ['VIOLENCE_AGAINST_CHILDREN', 'SEXUAL_VIOLENCE', 'DOMESTIC_VIOLENCE', 'VIOLENCE_AGAINST_WOMEN'],
    lead: 'ntb.dp3ap2kb',
    members: ['ntb.uptd', 'ntb.polda', 'ntb.kejati', 'ntb.rsud', 'ntb.dikbud', 'ntb.dinsos', 'ntb.lbhapik', 'ntb.kemenag', 'ntb.polresta', 'ntb.kejari-mataram', 'ntb.adat', 'ntb.uptd-mataram'],
    observers: ['ntb.ombudsman', 'nat.kpai'],
  },
  {
    key: 'kb.gugus-tppo', province: '61', formed: 900, cadence: 100,
    name: 'Gugus Tugas Pencegahan dan Penanganan TPPO Provinsi Kalimantan Barat',
    short: 'Gugus Tugas TPPO Kalbar',
    description: 'Gugus tugas provinsi perbatasan dengan Sarawak untuk pencegahan tindak pidana perdagangan orang, pemulangan, rehabilitasi dan reintegrasi korban, serta koordinasi dengan sistem peradilan pidana.',
    issueAreas: ['TRAFFICKING', 'VIOLENCE_AGAINST_WOMEN', 'VIOLENCE_AGAINST_CHILDREN'],
    lead: 'kb.dp3ap2kb',
    members: ['kb.uptd', 'kb.polda', 'kb.kejati', 'kb.bp3mi', 'kb.imigrasi', 'kb.dinsos', 'kb.nanda', 'kb.uptd-sambas', 'kb.polres-sambas', 'kb.satgas-entikong', 'kb.pbh'],
    observers: ['kb.kppad', 'nat.komnas'],
  },
  {
    key: 'kb.jejaring-sambas', province: '61', formed: 600, cadence: 130,
    name: 'Jejaring Layanan Korban Kekerasan Kabupaten Sambas',
    short: 'Jejaring Layanan Sambas',
    description: 'Jejaring layanan di kabupaten perbatasan Sambas untuk rujukan korban kekerasan terhadap perempuan dan anak.',
    issueAreas: ['DOMESTIC_VIOLENCE', 'VIOLENCE_AGAINST_CHILDREN', 'TRAFFICKING'],
    lead: 'kb.uptd-sambas',
    members: ['kb.polres-sambas', 'kb.dinsos', 'kb.nanda', 'kb.uptd'],
    observers: ['kb.kppad'],
  },
  {
    key: 'jt.forum-kediri', province: '35', formed: 700, cadence: 110,
    name: 'Forum Koordinasi Lintas Sektor Perlindungan Anak Kota Kediri',
    short: 'Forum Perlindungan Anak Kota Kediri',
    description: 'Forum lintas sektor Pemerintah Kota Kediri untuk menyamakan persepsi pencegahan dan penanganan kekerasan terhadap anak agar pemenuhan hak anak tidak tumpang tindih.',
    issueAreas: ['VIOLENCE_AGAINST_CHILDREN', 'SEXUAL_VIOLENCE'],
    lead: 'jt.dp3ap2kb-kediri',
    members: ['jt.polres-kediri', 'jt.ylpa-kediri', 'jt.dinsos-kediri', 'jt.disdik-kediri', 'jt.satgas-kediri'],
    observers: ['jt.uptd'],
  },
  {
    key: 'jt.jejaring', province: '35', formed: 1300, cadence: 95,
    name: 'Jejaring Layanan Terpadu Perempuan dan Anak Korban Kekerasan Jawa Timur',
    short: 'Jejaring Layanan Terpadu Jatim',
    description: 'Jejaring provinsi untuk rujukan layanan kesehatan, psikologis, hukum dan sosial bagi perempuan dan anak korban kekerasan.',
    issueAreas: ['DOMESTIC_VIOLENCE', 'SEXUAL_VIOLENCE', 'VIOLENCE_AGAINST_WOMEN', 'VIOLENCE_AGAINST_CHILDREN'],
    lead: 'jt.dp3ak',
    members: ['jt.uptd', 'jt.dinsos', 'jt.polda', 'jt.kejati', 'jt.rsud', 'jt.lbhapik', 'jt.savy', 'jt.uptd-surabaya', 'jt.pa-surabaya'],
    observers: ['nat.kpai'],
  },
  {
    key: 'dki.forum', province: '31', formed: 1000, cadence: 90,
    name: 'Forum Koordinasi Penanganan Kekerasan Seksual DKI Jakarta',
    short: 'Forum Penanganan Kekerasan Seksual DKI',
    description: 'Forum pelaksanaan UU Tindak Pidana Kekerasan Seksual di DKI Jakarta: layanan terpadu, pendampingan korban sejak pelaporan dan pemenuhan hak restitusi.',
    issueAreas: ['SEXUAL_VIOLENCE', 'DOMESTIC_VIOLENCE', 'VIOLENCE_AGAINST_WOMEN'],
    lead: 'dki.uptd',
    members: ['dki.dppapp', 'dki.polda', 'dki.kejati', 'dki.pn-jaktim', 'dki.rsud', 'dki.lbhapik', 'dki.dinsos', 'dki.polres-jaktim', 'dki.puspa', 'dki.sudin-jakut', 'dki.disdik'],
    observers: ['nat.komnas'],
  },
  {
    key: 'jb.indramayu', province: '32', formed: 800, cadence: 120,
    name: 'Jejaring Pencegahan Perkawinan Anak dan TPPO Kabupaten Indramayu',
    short: 'Jejaring Indramayu',
    description: 'Jejaring kabupaten untuk pencegahan perkawinan anak dan perdagangan orang di daerah asal pekerja migran.',
    issueAreas: ['CHILD_MARRIAGE', 'TRAFFICKING'],
    lead: 'jb.uptd-indramayu',
    members: ['jb.pa-indramayu', 'jb.rsud-indramayu', 'jb.bp3mi', 'jb.fad', 'jb.disdik', 'jb.lbhapik', 'jb.uptd'],
    observers: ['jb.dp3akb'],
  },
  {
    key: 'jb.forum', province: '32', formed: 500, cadence: 150,
    name: 'Forum Layanan Terpadu Perlindungan Perempuan dan Anak Jawa Barat',
    short: 'Forum Layanan Terpadu Jabar',
    description: 'Forum provinsi untuk koordinasi layanan korban antara UPTD PPA, kepolisian, kejaksaan dan dinas sosial.',
    issueAreas: ['DOMESTIC_VIOLENCE', 'SEXUAL_VIOLENCE', 'VIOLENCE_AGAINST_CHILDREN'],
    lead: 'jb.dp3akb',
    members: ['jb.uptd', 'jb.polda', 'jb.kejati', 'jb.dinsos'],
    observers: [],
  },
  {
    key: 'ss.jejaring', province: '73', formed: 400, cadence: 200,
    name: 'Jejaring Perlindungan Perempuan dan Anak Sulawesi Selatan',
    short: 'Jejaring PPA Sulsel',
    description: 'Jejaring yang baru dibentuk untuk menghidupkan kembali kerja sama layanan korban di Sulawesi Selatan.',
    issueAreas: ['DOMESTIC_VIOLENCE', 'SEXUAL_VIOLENCE', 'CHILD_MARRIAGE'],
    lead: 'ss.dp3a',
    members: ['ss.uptd', 'ss.polda', 'ss.uptd-makassar', 'ss.lpa', 'ss.lbhapik'],
    observers: ['ss.pa-makassar'],
  },
  {
    key: 'nat.jaringan-kerja', province: null, formed: 2000, cadence: 180,
    name: 'Jaringan Kerja Perlindungan Kekerasan terhadap Perempuan dan Anak',
    short: 'Jaringan Kerja PKTPA',
    description: 'Jaringan lembaga yang mempunyai isu perlindungan perempuan dan anak, antara lain LBH APIK dan ECPAT Indonesia, yang berbagi pengalaman pendampingan perkara dan mengadvokasi perbaikan sistem peradilan bagi korban.',
    issueAreas: ['SEXUAL_VIOLENCE', 'VIOLENCE_AGAINST_CHILDREN', 'VIOLENCE_AGAINST_WOMEN', 'TRAFFICKING'],
    lead: 'nat.ecpat',
    members: ['nat.lbhapik', 'dki.lbhapik', 'nat.kpi'],
    observers: ['nat.komjak', 'nat.kpai'],
  },
  {
    key: 'nat.gugus-tppo', province: null, formed: 1800, cadence: 180,
    name: 'Gugus Tugas Nasional Pencegahan dan Penanganan Tindak Pidana Perdagangan Orang',
    short: 'Gugus Tugas Nasional PP-TPPO',
    description: 'Koordinasi nasional kementerian, lembaga dan masyarakat sipil untuk pencegahan TPPO, penegakan hukum, dan rehabilitasi serta reintegrasi korban.',
    issueAreas: ['TRAFFICKING'],
    lead: 'nat.kemenpppa',
    members: ['nat.bareskrim', 'nat.kejagung', 'nat.kemensos', 'nat.kp2mi', 'nat.lpsk', 'nat.ecpat', 'kb.dp3ap2kb', 'ntb.dp3ap2kb', 'jb.dp3akb'],
    observers: ['nat.komnas', 'nat.kpai'],
  },
];

// ---------------------------------------------------------------- key meetings

export interface FollowUpSpec {
  agency: string;
  title: string;
  dueAfter: number;
  priority?: 'LOW' | 'MEDIUM' | 'HIGH' | 'URGENT';
}

export interface MeetingSpec {
  key: string;
  province: string | null;
  network: string | null;
  /** Offset from today (negative: in the past). */
  held: number;
  title: string;
  attendees: string[];
  summary: string;
  followUps: FollowUpSpec[];
}

export const KEY_MEETINGS: MeetingSpec[] = [
  {
    key: 'm.ntb-kpi', province: '52', network: 'ntb.jejaring-kpi', held: -150,
    title: 'Pertemuan Jejaring KPI NTB dengan Organisasi Masyarakat Sipil dan Perwakilan Pemerintah Daerah',
    attendees: ['ntb.kpi', 'ntb.uptd', 'ntb.uptd-loteng', 'ntb.uptd-mataram', 'ntb.sentra', 'ntb.dinsos-mataram', 'ntb.lpa', 'ntb.lpa-mataram', 'ntb.santai', 'ntb.pbhbm', 'ntb.pbhm', 'ntb.lbhapik', 'ntb.sobat', 'ntb.pancakarsa'],
    summary:
      'Pertemuan jejaring untuk memperkuat kerja sama pencegahan dan penanganan perkawinan anak (CEFM), kekerasan terhadap perempuan (KTP) dan kekerasan berbasis gender (KBG) di wilayah NTB. KPI NTB memaparkan kegiatan pencegahan di komunitas, pelatihan HKSR di desa dampingan, serta nota kesepahaman dengan Pengadilan Agama Mataram dan Pengadilan Agama Praya tentang perspektif hak anak dalam perkara dispensasi kawin. Peserta menyepakati mekanisme kerja jejaring dari pencegahan sampai penanganan, termasuk rujukan layanan hukum dan non-hukum bagi korban. Pertemuan ditutup dengan penandatanganan kesepakatan bersama.',
    followUps: [
      { agency: 'ntb.kpi', title: 'Menyusun mekanisme kerja jejaring pencegahan dan penanganan perkawinan anak', dueAfter: 45, priority: 'HIGH' },
      { agency: 'ntb.uptd', title: 'Memetakan narahubung layanan setiap anggota jejaring', dueAfter: 30 },
      { agency: 'ntb.lbhapik', title: 'Menyusun alur rujukan pendampingan hukum bagi korban KBG', dueAfter: 60 },
    ],
  },
  {
    key: 'm.ntb-adat', province: '52', network: null, held: -260,
    title: 'Rapat Koordinasi Pencegahan Perkawinan Anak bersama Majelis Adat Sasak dan Kantor Wilayah Kementerian Agama',
    attendees: ['ntb.dp3ap2kb', 'ntb.adat', 'ntb.kemenag', 'ntb.uptd', 'ntb.lpa', 'ntb.pa-praya'],
    summary:
      'Rapat membahas peran tokoh adat dan tokoh agama dalam mencegah perkawinan anak, termasuk praktik penyelesaian adat yang menunda pencatatan perkawinan. Disepakati penyusunan panduan bagi tokoh adat untuk merujuk permohonan perkawinan anak ke UPTD PPA sebelum ada kesepakatan keluarga. Kantor Wilayah Kementerian Agama akan memperluas bimbingan perkawinan bagi remaja.',
    followUps: [
      { agency: 'ntb.adat', title: 'Menyusun panduan tokoh adat untuk rujukan kasus perkawinan anak', dueAfter: 90 },
      { agency: 'ntb.kemenag', title: 'Menyelenggarakan bimbingan perkawinan bagi remaja di KUA percontohan', dueAfter: 120 },
    ],
  },
  {
    key: 'm.kb-komnas', province: '61', network: 'kb.gugus-tppo', held: -230,
    title: 'Kunjungan Komnas Perempuan: Rekomendasi Sistem Koordinasi Lintas Sektor Penanganan Kekerasan dan TPPO di Kalimantan Barat',
    attendees: ['nat.komnas', 'kb.dp3ap2kb', 'kb.uptd', 'kb.polda', 'kb.kejati', 'kb.dinsos', 'kb.bp3mi', 'kb.kppad'],
    summary:
      'Komnas Perempuan menyampaikan rekomendasi agar Pemerintah Provinsi Kalimantan Barat menyusun kebijakan yang mengatur ruang koordinasi antara sistem peradilan pidana dan pemulihan korban yang menjadi kewenangan organisasi perangkat daerah. Dibahas situasi darurat TPPO di wilayah perbatasan dengan Sarawak melalui lima pintu perbatasan (Sambas, Bengkayang, Kapuas Hulu, Sintang dan Sanggau), serta modus pemindahan untuk eksploitasi seksual dan pengantin pesanan. Disepakati DP3AP2KB menyiapkan rancangan peraturan gubernur tentang koordinasi lintas sektor.',
    followUps: [
      { agency: 'kb.dp3ap2kb', title: 'Menyusun naskah akademik dan rancangan Pergub koordinasi lintas sektor penanganan kekerasan', dueAfter: 120, priority: 'URGENT' },
      { agency: 'kb.polda', title: 'Menyampaikan data penanganan perkara TPPO di lima pintu perbatasan', dueAfter: 30, priority: 'HIGH' },
      { agency: 'nat.komnas', title: 'Memantau tindak lanjut rekomendasi kebijakan koordinasi di Kalimantan Barat', dueAfter: 180 },
    ],
  },
  {
    key: 'm.kb-gugus', province: '61', network: 'kb.gugus-tppo', held: -320,
    title: 'Rapat Pleno Gugus Tugas TPPO Kalimantan Barat dan Penandatanganan Kesepakatan Bersama Layanan Terpadu',
    attendees: ['kb.dp3ap2kb', 'kb.uptd', 'kb.dinsos', 'kb.bp3mi', 'kb.nanda', 'kb.uptd-sambas', 'kb.polda', 'kb.imigrasi', 'kb.satgas-entikong'],
    summary:
      'Rapat pleno membahas layanan terpadu pemulangan, rehabilitasi dan reintegrasi korban TPPO yang dipulangkan melalui PLBN Entikong. Disepakati pembagian peran antara BP3MI, Dinas Sosial, UPTD PPA dan pendamping masyarakat dengan batas waktu rujukan 3 x 24 jam. Anggota menandatangani kesepakatan bersama layanan terpadu.',
    followUps: [
      { agency: 'kb.bp3mi', title: 'Menyusun SOP serah terima korban TPPO di PLBN Entikong', dueAfter: 45, priority: 'HIGH' },
      { agency: 'kb.dinsos', title: 'Menyiapkan rumah perlindungan sementara bagi korban yang dipulangkan', dueAfter: 90 },
      { agency: 'kb.imigrasi', title: 'Menyediakan data penundaan keberangkatan calon pekerja migran nonprosedural', dueAfter: 30 },
    ],
  },
  {
    key: 'm.jt-kediri-koord', province: '35', network: 'jt.forum-kediri', held: -340,
    title: 'Pertemuan Koordinasi dan Kerja Sama Lintas Sektor Anak Kota Kediri',
    attendees: ['jt.dp3ap2kb-kediri', 'jt.polres-kediri', 'jt.ylpa-kediri', 'jt.dinsos-kediri', 'jt.disdik-kediri', 'jt.satgas-kediri'],
    summary:
      'Pertemuan koordinasi lintas sektor untuk menyamakan persepsi pencegahan dan penanganan kekerasan terhadap anak agar pemenuhan hak anak tidak tumpang tindih. Narasumber menegaskan hak anak korban: layanan cepat dan responsif, rehabilitasi fisik, psikis dan sosial, bantuan sosial, jaminan keberlanjutan pendidikan, pendampingan dan restitusi. Rekomendasi tindak lanjut: penyusunan nota kesepahaman lintas sektor dan usulan peraturan wali kota tentang satgas PPA kelurahan.',
    followUps: [
      { agency: 'jt.dp3ap2kb-kediri', title: 'Menyusun draf nota kesepahaman perlindungan anak lintas sektor', dueAfter: 40, priority: 'HIGH' },
      { agency: 'jt.disdik-kediri', title: 'Mendata klinik pendidikan dan tim pencegahan kekerasan di sekolah', dueAfter: 60 },
    ],
  },
  {
    key: 'm.jt-kediri-sign', province: '35', network: 'jt.forum-kediri', held: -295,
    title: 'Penandatanganan Nota Kesepahaman Perlindungan Anak Lintas Sektor Kota Kediri',
    attendees: ['jt.dp3ap2kb-kediri', 'jt.polres-kediri', 'jt.ylpa-kediri', 'jt.dinsos-kediri', 'jt.disdik-kediri', 'jt.satgas-kediri', 'jt.uptd'],
    summary:
      'Penandatanganan nota kesepahaman sebagai tindak lanjut pertemuan koordinasi lintas sektor. Disepakati kanal pengaduan bersama (Unit PPA, DP3AP2KB, YLPA, Dinas Sosial, satgas PPA kelurahan dan kecamatan, serta klinik pendidikan di sekolah) dan evaluasi pelaksanaan setiap enam bulan.',
    followUps: [
      { agency: 'jt.satgas-kediri', title: 'Menyosialisasikan kanal pengaduan bersama di 46 kelurahan', dueAfter: 75 },
    ],
  },
  {
    key: 'm.dki-tpks', province: '31', network: 'dki.forum', held: -120,
    title: 'Rapat Koordinasi Implementasi UU TPKS di DKI Jakarta dan Penandatanganan Kesepakatan Bersama',
    attendees: ['dki.uptd', 'dki.dppapp', 'dki.polda', 'dki.kejati', 'dki.pn-jaktim', 'dki.rsud', 'dki.lbhapik', 'dki.dinsos'],
    summary:
      'Rapat membahas pelaksanaan UU Nomor 12 Tahun 2022 tentang Tindak Pidana Kekerasan Seksual di DKI Jakarta: layanan terpadu, pendampingan korban sejak pelaporan, dan hak restitusi. Disepakati alur layanan satu pintu melalui UPT PPA dan penunjukan jaksa penghubung untuk perkara kekerasan seksual. Para pihak menandatangani kesepakatan bersama.',
    followUps: [
      { agency: 'dki.kejati', title: 'Menunjuk jaksa penghubung untuk perkara kekerasan seksual di setiap kejaksaan negeri', dueAfter: 30, priority: 'HIGH' },
      { agency: 'dki.rsud', title: 'Menyusun alur layanan visum dan pemulihan di Pusat Krisis Terpadu', dueAfter: 45 },
      { agency: 'dki.uptd', title: 'Menerbitkan SOP layanan satu pintu korban kekerasan seksual', dueAfter: 60, priority: 'HIGH' },
    ],
  },
  {
    key: 'm.jb-indramayu', province: '32', network: 'jb.indramayu', held: -40,
    title: 'Rapat Evaluasi Nota Kesepahaman Pencegahan Perkawinan Anak Kabupaten Indramayu',
    attendees: ['jb.uptd-indramayu', 'jb.pa-indramayu', 'jb.fad', 'jb.disdik', 'jb.bp3mi', 'jb.uptd'],
    summary:
      'Evaluasi pelaksanaan nota kesepahaman pencegahan perkawinan anak yang segera berakhir. Dibahas data permohonan dispensasi kawin, peran Forum Anak dan sekolah dalam pencegahan, serta keterkaitan perkawinan anak dengan migrasi kerja. Disepakati penyusunan draf perpanjangan nota kesepahaman sebelum masa berlakunya habis.',
    followUps: [
      { agency: 'jb.uptd-indramayu', title: 'Menyiapkan draf perpanjangan nota kesepahaman pencegahan perkawinan anak', dueAfter: 25, priority: 'URGENT' },
      { agency: 'jb.pa-indramayu', title: 'Menyampaikan rekap permohonan dispensasi kawin dua tahun terakhir', dueAfter: 20 },
    ],
  },
  {
    key: 'm.nat-komjak', province: null, network: 'nat.jaringan-kerja', held: -480,
    title: 'Audiensi Jaringan Kerja Perlindungan Kekerasan terhadap Perempuan dan Anak dengan Komisi Kejaksaan',
    attendees: ['nat.ecpat', 'nat.lbhapik', 'dki.lbhapik', 'nat.komjak'],
    summary:
      'Jaringan kerja berbagi pengalaman pendampingan perkara yang dihimpun LBH APIK dan ECPAT Indonesia, termasuk masalah dalam pendampingan korban oleh jaksa. Komisi Kejaksaan menyarankan jalur kerja sama melalui unit yang tepat di Kejaksaan Agung dan mengimbau jaringan melaporkan jaksa yang tidak bekerja sesuai prosedur. Tindak lanjut: jaringan menyusun usulan pelatihan pendampingan korban bagi jaksa.',
    followUps: [
      { agency: 'nat.ecpat', title: 'Menyusun usulan kurikulum pelatihan pendampingan korban anak bagi jaksa', dueAfter: 60 },
      { agency: 'nat.lbhapik', title: 'Menghimpun catatan kasus pendampingan korban oleh jaksa untuk Komisi Kejaksaan', dueAfter: 45 },
    ],
  },
  {
    key: 'm.nat-kejagung', province: null, network: 'nat.jaringan-kerja', held: -210,
    title: 'Pertemuan Jaringan Kerja dengan Kejaksaan Agung tentang Pelatihan Pendampingan Korban',
    attendees: ['nat.ecpat', 'nat.lbhapik', 'nat.kejagung', 'nat.komjak', 'nat.kpi'],
    summary:
      'Pembahasan rencana pelatihan jaksa tentang pendampingan korban perempuan dan anak yang berperspektif korban. Disepakati kurikulum bersama dan uji coba di tiga provinsi (NTB, DKI Jakarta dan Kalimantan Barat). Perjanjian kerja sama ditandatangani pada akhir pertemuan.',
    followUps: [],
  },
  {
    key: 'm.nat-tppo', province: null, network: 'nat.gugus-tppo', held: -330,
    title: 'Rapat Koordinasi Nasional Gugus Tugas PP-TPPO',
    attendees: ['nat.kemenpppa', 'nat.bareskrim', 'nat.kejagung', 'nat.kemensos', 'nat.kp2mi', 'nat.lpsk', 'nat.ecpat', 'kb.dp3ap2kb', 'ntb.dp3ap2kb', 'nat.komnas'],
    summary:
      'Rapat koordinasi nasional membahas capaian rencana aksi pencegahan dan penanganan TPPO, termasuk situasi di provinsi perbatasan dan daerah asal pekerja migran. Disepakati penguatan layanan terpadu bagi korban, pendataan pemulangan dan fasilitasi restitusi. Anggota menandatangani kesepakatan bersama rencana aksi tahun berjalan.',
    followUps: [
      { agency: 'kb.dp3ap2kb', title: 'Menyampaikan data pemulangan korban TPPO melalui pintu perbatasan Kalimantan Barat', dueAfter: 30 },
    ],
  },
];

// ---------------------------------------------------------------- agreements

export interface AgreementSpec {
  key: string;
  province: string | null;
  kind: KindName;
  title: string;
  /** Document number; {Y} is replaced by the signing year and {M} by its month in Roman numerals. */
  reference: string | null;
  issueAreas: IssueName[];
  network: string | null;
  /** Signed at this meeting (signedOn = its date). */
  meeting: string | null;
  parties: string[];
  /** Offset from today; null for an unsigned draft. Ignored when `meeting` is set. */
  signed?: number | null;
  /** Offset from today of the last day of validity; null for no end. */
  expires?: number | null;
  /** Validity in months, to derive the missing one of signed/expires. */
  term?: number;
  /** Offset from today. */
  terminated?: number;
}

export const AGREEMENTS: AgreementSpec[] = [
  // ---- NTB
  {
    key: 'a.ntb-pa-mataram', province: '52', kind: 'MOU', network: 'ntb.jejaring-kpi', meeting: null,
    title: 'Nota Kesepahaman KPI Wilayah NTB dan Pengadilan Agama Mataram tentang Perspektif Hak Anak dalam Pemeriksaan Perkara Dispensasi Kawin',
    reference: '017/MoU/KPI-NTB/{M}/{Y}', issueAreas: ['CHILD_MARRIAGE'],
    parties: ['ntb.kpi', 'ntb.pa-mataram'], expires: 45, term: 36,
  },
  {
    key: 'a.ntb-pa-praya', province: '52', kind: 'MOU', network: 'ntb.jejaring-kpi', meeting: null,
    title: 'Nota Kesepahaman KPI Wilayah NTB dan Pengadilan Agama Praya tentang Kepentingan Terbaik Anak dalam Proses Dispensasi Kawin',
    reference: '021/MoU/KPI-NTB/{M}/{Y}', issueAreas: ['CHILD_MARRIAGE'],
    parties: ['ntb.kpi', 'ntb.pa-praya', 'ntb.uptd-loteng'], expires: 420, term: 36,
  },
  {
    key: 'a.ntb-kesepakatan', province: '52', kind: 'JOINT_COMMITMENT', network: 'ntb.jejaring-kpi', meeting: 'm.ntb-kpi',
    title: 'Kesepakatan Bersama Jejaring Pencegahan dan Penanganan Perkawinan Anak, KTP dan KBG di Wilayah NTB',
    reference: null, issueAreas: ['CHILD_MARRIAGE', 'VIOLENCE_AGAINST_WOMEN', 'SEXUAL_VIOLENCE'],
    parties: ['ntb.kpi', 'ntb.uptd', 'ntb.uptd-loteng', 'ntb.uptd-mataram', 'ntb.lpa', 'ntb.lbhapik'], term: 24,
  },
  {
    key: 'a.ntb-terpadu', province: '52', kind: 'COOPERATION_AGREEMENT', network: 'ntb.forum', meeting: null,
    title: 'Perjanjian Kerja Sama Penanganan Terpadu Korban Kekerasan Seksual di Provinsi NTB',
    reference: '445/PKS/UPTD-PPA/{M}/{Y}', issueAreas: ['SEXUAL_VIOLENCE', 'VIOLENCE_AGAINST_CHILDREN'],
    parties: ['ntb.uptd', 'ntb.polda', 'ntb.kejati', 'ntb.rsud', 'ntb.lbhapik'], signed: -400, term: 36,
  },
  {
    key: 'a.ntb-pergub', province: '52', kind: 'REGULATION', network: null, meeting: null,
    title: 'Peraturan Gubernur NTB tentang Mekanisme Koordinasi Lintas Sektor Pencegahan Perkawinan Anak',
    reference: 'Pergub NTB No. 34 Tahun {Y}', issueAreas: ['CHILD_MARRIAGE'],
    parties: ['ntb.dp3ap2kb', 'ntb.dikbud', 'ntb.kemenag', 'ntb.dinsos', 'ntb.uptd', 'ntb.adat'], signed: -610, expires: null,
  },
  {
    key: 'a.ntb-kemenpppa', province: '52', kind: 'MOU', network: null, meeting: null,
    title: 'Nota Kesepahaman KemenPPPA dan Pemerintah Provinsi NTB tentang Penguatan Layanan UPTD PPA',
    reference: 'B-118/KPPPA/{M}/{Y}', issueAreas: ['VIOLENCE_AGAINST_WOMEN', 'VIOLENCE_AGAINST_CHILDREN'],
    parties: ['nat.kemenpppa', 'ntb.dp3ap2kb', 'ntb.uptd'], signed: -250, term: 36,
  },
  {
    key: 'a.ntb-p2tp2a', province: '52', kind: 'MOU', network: null, meeting: null,
    title: 'Nota Kesepahaman P2TP2A Kota Mataram dan Polresta Mataram tentang Penanganan Kasus Kekerasan terhadap Anak',
    reference: '12/MoU/P2TP2A/{M}/{Y}', issueAreas: ['VIOLENCE_AGAINST_CHILDREN'],
    parties: ['ntb.p2tp2a-mataram', 'ntb.polresta'], expires: -200, term: 36,
  },
  {
    key: 'a.ntb-santai', province: '52', kind: 'COOPERATION_AGREEMENT', network: null, meeting: null,
    title: 'Perjanjian Kerja Sama Penyelenggaraan Rumah Aman antara Dinas Sosial NTB dan Yayasan Santai',
    reference: '460/PKS/DINSOS/{M}/{Y}', issueAreas: ['DOMESTIC_VIOLENCE', 'TRAFFICKING'],
    parties: ['ntb.dinsos', 'ntb.santai'], signed: -520, term: 36, terminated: -90,
  },
  {
    key: 'a.ntb-pbh-draft', province: '52', kind: 'COOPERATION_AGREEMENT', network: 'ntb.forum', meeting: null,
    title: 'Rancangan Perjanjian Kerja Sama Pendampingan Hukum Korban antara UPTD PPA Provinsi NTB, PBHM NTB dan LBH APIK NTB',
    reference: null, issueAreas: ['VIOLENCE_AGAINST_WOMEN', 'DOMESTIC_VIOLENCE'],
    parties: ['ntb.uptd', 'ntb.pbhm', 'ntb.lbhapik'], signed: null,
  },
  // ---- Kalimantan Barat
  {
    key: 'a.kb-pergub-draft', province: '61', kind: 'REGULATION', network: 'kb.gugus-tppo', meeting: null,
    title: 'Rancangan Peraturan Gubernur Kalimantan Barat tentang Koordinasi Sistem Peradilan Pidana Terpadu dan Pemulihan Korban Kekerasan',
    reference: null, issueAreas: ['TRAFFICKING', 'VIOLENCE_AGAINST_WOMEN'],
    parties: ['kb.dp3ap2kb', 'kb.uptd', 'kb.polda', 'kb.kejati', 'kb.pn-pontianak', 'kb.dinsos'], signed: null,
  },
  {
    key: 'a.kb-perbatasan', province: '61', kind: 'MOU', network: 'kb.gugus-tppo', meeting: null,
    title: 'Nota Kesepahaman Pencegahan dan Penanganan TPPO di Wilayah Perbatasan Kalimantan Barat',
    reference: '560/MoU/GT-TPPO/{M}/{Y}', issueAreas: ['TRAFFICKING'],
    parties: ['kb.bp3mi', 'kb.polda', 'kb.imigrasi', 'kb.dp3ap2kb', 'nat.bareskrim'], expires: 20, term: 24,
  },
  {
    key: 'a.kb-reintegrasi', province: '61', kind: 'JOINT_COMMITMENT', network: 'kb.gugus-tppo', meeting: 'm.kb-gugus',
    title: 'Kesepakatan Bersama Gugus Tugas TPPO Kalimantan Barat tentang Layanan Terpadu Pemulangan dan Reintegrasi Korban',
    reference: null, issueAreas: ['TRAFFICKING'],
    parties: ['kb.uptd', 'kb.dinsos', 'kb.bp3mi', 'kb.nanda', 'kb.uptd-sambas', 'kb.satgas-entikong'], term: 24,
  },
  {
    key: 'a.kb-rsud', province: '61', kind: 'COOPERATION_AGREEMENT', network: null, meeting: null,
    title: 'Perjanjian Kerja Sama Layanan Kesehatan Korban Kekerasan antara UPTD PPA Kalimantan Barat dan RSUD dr. Soedarso',
    reference: '445/PKS/RSUD-SDS/{M}/{Y}', issueAreas: ['SEXUAL_VIOLENCE', 'DOMESTIC_VIOLENCE'],
    parties: ['kb.uptd', 'kb.rsud'], expires: -30, term: 24,
  },
  {
    key: 'a.kb-ntb-pemulangan', province: '61', kind: 'MOU', network: null, meeting: null,
    title: 'Nota Kesepahaman Antardaerah tentang Pemulangan dan Rujukan Pekerja Migran Korban TPPO asal NTB',
    reference: '09/MoU/ANTARDAERAH/{M}/{Y}', issueAreas: ['TRAFFICKING'],
    parties: ['kb.bp3mi', 'kb.uptd', 'ntb.uptd', 'ntb.dinsos', 'ntb.pbhbm'], signed: -180, term: 36,
  },
  {
    key: 'a.kb-sambas', province: '61', kind: 'JOINT_COMMITMENT', network: 'kb.jejaring-sambas', meeting: null,
    title: 'Kesepakatan Bersama Jejaring Layanan Korban Kekerasan Kabupaten Sambas',
    reference: null, issueAreas: ['DOMESTIC_VIOLENCE', 'VIOLENCE_AGAINST_CHILDREN'],
    parties: ['kb.uptd-sambas', 'kb.polres-sambas', 'kb.dinsos', 'kb.nanda'], signed: -470, term: 24, terminated: -60,
  },
  // ---- Jawa Timur
  {
    key: 'a.jt-kediri', province: '35', kind: 'MOU', network: 'jt.forum-kediri', meeting: 'm.jt-kediri-sign',
    title: 'Nota Kesepahaman Perlindungan Anak Lintas Sektor Kota Kediri',
    reference: '463/MoU/DP3AP2KB/{M}/{Y}', issueAreas: ['VIOLENCE_AGAINST_CHILDREN', 'SEXUAL_VIOLENCE'],
    parties: ['jt.dp3ap2kb-kediri', 'jt.polres-kediri', 'jt.dinsos-kediri', 'jt.ylpa-kediri', 'jt.disdik-kediri'], term: 12,
  },
  {
    key: 'a.jt-perwali-draft', province: '35', kind: 'REGULATION', network: 'jt.forum-kediri', meeting: null,
    title: 'Rancangan Peraturan Wali Kota Kediri tentang Satuan Tugas Perlindungan Perempuan dan Anak Tingkat Kelurahan',
    reference: 'Perwal Kediri No. 18 Tahun {Y}', issueAreas: ['VIOLENCE_AGAINST_CHILDREN'],
    parties: ['jt.dp3ap2kb-kediri', 'jt.satgas-kediri', 'jt.dinsos-kediri'], signed: 25, expires: null,
  },
  {
    key: 'a.jt-rsud', province: '35', kind: 'COOPERATION_AGREEMENT', network: 'jt.jejaring', meeting: null,
    title: 'Perjanjian Kerja Sama Layanan Visum et Repertum dan Pemulihan Psikologis Korban Kekerasan',
    reference: '440/PKS/UPT-PPA/{M}/{Y}', issueAreas: ['SEXUAL_VIOLENCE', 'DOMESTIC_VIOLENCE'],
    parties: ['jt.uptd', 'jt.rsud', 'jt.dp3ak'], signed: -330, term: 36,
  },
  {
    key: 'a.jt-kejati', province: '35', kind: 'MOU', network: 'jt.jejaring', meeting: null,
    title: 'Nota Kesepahaman DP3AK Jawa Timur dan Kejaksaan Tinggi Jawa Timur tentang Pendampingan Saksi dan Korban Anak',
    reference: 'B-2207/O.5/{M}/{Y}', issueAreas: ['VIOLENCE_AGAINST_CHILDREN'],
    parties: ['jt.dp3ak', 'jt.kejati', 'jt.uptd'], expires: -120, term: 36,
  },
  {
    key: 'a.jt-lbh', province: '35', kind: 'COOPERATION_AGREEMENT', network: 'jt.jejaring', meeting: null,
    title: 'Perjanjian Kerja Sama Bantuan Hukum bagi Perempuan Korban Kekerasan antara DP3AK Jawa Timur dan LBH APIK Jawa Timur',
    reference: '180/PKS/DP3AK/{M}/{Y}', issueAreas: ['VIOLENCE_AGAINST_WOMEN', 'DOMESTIC_VIOLENCE'],
    parties: ['jt.dp3ak', 'jt.lbhapik', 'jt.savy'], signed: -560, term: 36, terminated: -20,
  },
  {
    key: 'a.jt-pa', province: '35', kind: 'MOU', network: 'jt.jejaring', meeting: null,
    title: 'Nota Kesepahaman UPTD PPA Kota Surabaya dan Pengadilan Agama Surabaya tentang Asesmen Permohonan Dispensasi Kawin',
    reference: 'W13-A1/MoU/{M}/{Y}', issueAreas: ['CHILD_MARRIAGE'],
    parties: ['jt.uptd-surabaya', 'jt.pa-surabaya', 'nat.badilag'], signed: -150, term: 24,
  },
  // ---- DKI Jakarta
  {
    key: 'a.dki-lbh', province: '31', kind: 'MOU', network: 'dki.forum', meeting: null,
    title: 'Nota Kesepahaman LBH APIK Jakarta dan UPT PPA DKI Jakarta tentang Layanan Bantuan Hukum Korban Kekerasan',
    reference: '031/MoU/LBH-APIK/{M}/{Y}', issueAreas: ['VIOLENCE_AGAINST_WOMEN', 'DOMESTIC_VIOLENCE', 'SEXUAL_VIOLENCE'],
    parties: ['dki.lbhapik', 'dki.uptd'], expires: 88, term: 24,
  },
  {
    key: 'a.dki-rumah-aman', province: '31', kind: 'COOPERATION_AGREEMENT', network: null, meeting: null,
    title: 'Perjanjian Kerja Sama Penyediaan Rumah Aman bagi Perempuan dan Anak Korban Kekerasan',
    reference: '1207/PKS/DINSOS/{M}/{Y}', issueAreas: ['DOMESTIC_VIOLENCE', 'SEXUAL_VIOLENCE'],
    parties: ['dki.dinsos', 'dki.uptd', 'dki.dppapp'], signed: -300, term: 24,
  },
  {
    key: 'a.dki-tpks', province: '31', kind: 'JOINT_COMMITMENT', network: 'dki.forum', meeting: 'm.dki-tpks',
    title: 'Kesepakatan Bersama Penanganan Kekerasan Seksual Berbasis UU TPKS di DKI Jakarta',
    reference: null, issueAreas: ['SEXUAL_VIOLENCE'],
    parties: ['dki.polda', 'dki.kejati', 'dki.pn-jaktim', 'dki.uptd', 'dki.lbhapik', 'dki.rsud'], term: 24,
  },
  {
    key: 'a.dki-sekolah-draft', province: '31', kind: 'MOU', network: null, meeting: null,
    title: 'Rancangan Nota Kesepahaman Suku Dinas PPAPP Jakarta Utara dan Dinas Pendidikan tentang Sekolah Ramah Anak',
    reference: null, issueAreas: ['VIOLENCE_AGAINST_CHILDREN'],
    parties: ['dki.sudin-jakut', 'dki.disdik', 'dki.puspa'], signed: null,
  },
  {
    key: 'a.dki-polres', province: '31', kind: 'MOU', network: null, meeting: null,
    title: 'Nota Kesepahaman Penanganan Anak Berhadapan dengan Hukum di Jakarta Timur',
    reference: 'B/44/MoU/{M}/{Y}', issueAreas: ['VIOLENCE_AGAINST_CHILDREN'],
    parties: ['dki.polres-jaktim', 'dki.pa-jaktim', 'dki.pn-jaktim', 'dki.sudin-jakut'], expires: -75, term: 24,
  },
  {
    key: 'a.dki-ecpat', province: '31', kind: 'COOPERATION_AGREEMENT', network: null, meeting: null,
    title: 'Perjanjian Kerja Sama Pencegahan Eksploitasi Seksual Anak Daring di Satuan Pendidikan DKI Jakarta',
    reference: '077/PKS/ECPAT/{M}/{Y}', issueAreas: ['SEXUAL_VIOLENCE', 'VIOLENCE_AGAINST_CHILDREN'],
    parties: ['nat.ecpat', 'dki.disdik', 'dki.dppapp'], signed: -90, term: 24,
  },
  // ---- Jawa Barat
  {
    key: 'a.jb-indramayu', province: '32', kind: 'MOU', network: 'jb.indramayu', meeting: null,
    title: 'Nota Kesepahaman Pencegahan Perkawinan Anak Kabupaten Indramayu',
    reference: '400/MoU/UPTD-PPA/{M}/{Y}', issueAreas: ['CHILD_MARRIAGE'],
    parties: ['jb.uptd-indramayu', 'jb.pa-indramayu', 'jb.disdik', 'jb.fad'], expires: 8, term: 24,
  },
  {
    key: 'a.jb-pmi', province: '32', kind: 'COOPERATION_AGREEMENT', network: 'jb.indramayu', meeting: null,
    title: 'Perjanjian Kerja Sama Pelindungan Pekerja Migran dan Pencegahan TPPO di Jawa Barat',
    reference: '560/PKS/BP3MI-JB/{M}/{Y}', issueAreas: ['TRAFFICKING'],
    parties: ['jb.bp3mi', 'jb.uptd', 'jb.polda', 'nat.kp2mi', 'kb.bp3mi'], signed: -210, term: 36,
  },
  {
    key: 'a.jb-layanan', province: '32', kind: 'MOU', network: 'jb.forum', meeting: null,
    title: 'Nota Kesepahaman Layanan Terpadu Korban Kekerasan Provinsi Jawa Barat',
    reference: '463/MoU/DP3AKB/{M}/{Y}', issueAreas: ['DOMESTIC_VIOLENCE', 'SEXUAL_VIOLENCE'],
    parties: ['jb.dp3akb', 'jb.uptd', 'jb.polda', 'jb.kejati', 'jb.dinsos'], expires: -160, term: 36,
  },
  {
    key: 'a.jb-rsud-draft', province: '32', kind: 'COOPERATION_AGREEMENT', network: 'jb.indramayu', meeting: null,
    title: 'Rancangan Perjanjian Kerja Sama Layanan Kesehatan Reproduksi Remaja dan Korban Kekerasan Indramayu',
    reference: null, issueAreas: ['CHILD_MARRIAGE', 'SEXUAL_VIOLENCE'],
    parties: ['jb.uptd-indramayu', 'jb.rsud-indramayu', 'jb.lbhapik'], signed: null,
  },
  // ---- Sulawesi Selatan
  {
    key: 'a.ss-pa', province: '73', kind: 'MOU', network: 'ss.jejaring', meeting: null,
    title: 'Nota Kesepahaman UPTD PPA Kota Makassar dan Pengadilan Agama Makassar tentang Asesmen Dispensasi Kawin',
    reference: 'W20-A1/MoU/{M}/{Y}', issueAreas: ['CHILD_MARRIAGE'],
    parties: ['ss.uptd-makassar', 'ss.pa-makassar'], signed: -100, term: 24,
  },
  {
    key: 'a.ss-layanan', province: '73', kind: 'MOU', network: null, meeting: null,
    title: 'Nota Kesepahaman Layanan Terpadu Korban Kekerasan Provinsi Sulawesi Selatan',
    reference: '463/MoU/DP3A-SS/{M}/{Y}', issueAreas: ['DOMESTIC_VIOLENCE', 'SEXUAL_VIOLENCE'],
    parties: ['ss.uptd', 'ss.polda', 'ss.dinsos'], expires: -400, term: 36,
  },
  {
    key: 'a.ss-draft', province: '73', kind: 'JOINT_COMMITMENT', network: 'ss.jejaring', meeting: null,
    title: 'Rancangan Kesepakatan Bersama Jejaring Perlindungan Perempuan dan Anak Sulawesi Selatan',
    reference: null, issueAreas: ['DOMESTIC_VIOLENCE', 'SEXUAL_VIOLENCE', 'CHILD_MARRIAGE'],
    parties: ['ss.dp3a', 'ss.uptd', 'ss.polda', 'ss.lpa', 'ss.lbhapik'], signed: null,
  },
  // ---- National
  {
    key: 'a.nat-pemantauan', province: null, kind: 'MOU', network: null, meeting: null,
    title: 'Nota Kesepahaman Komnas Perempuan, KPAI dan Komisi Kejaksaan tentang Pemantauan Penanganan Perkara Kekerasan terhadap Perempuan dan Anak',
    reference: '004/MoU/KOMNAS-KPAI-KKRI/{M}/{Y}', issueAreas: ['VIOLENCE_AGAINST_WOMEN', 'VIOLENCE_AGAINST_CHILDREN', 'SEXUAL_VIOLENCE'],
    parties: ['nat.komnas', 'nat.kpai', 'nat.komjak'], signed: -700, term: 60,
  },
  {
    key: 'a.nat-pelatihan-jaksa', province: null, kind: 'COOPERATION_AGREEMENT', network: 'nat.jaringan-kerja', meeting: 'm.nat-kejagung',
    title: 'Perjanjian Kerja Sama Pelatihan Jaksa tentang Pendampingan Korban Perempuan dan Anak',
    reference: 'PKS-12/E/Ejp/{M}/{Y}', issueAreas: ['SEXUAL_VIOLENCE', 'VIOLENCE_AGAINST_CHILDREN'],
    parties: ['nat.kejagung', 'nat.ecpat', 'nat.lbhapik', 'ntb.kejati', 'dki.kejati'], term: 24,
  },
  {
    key: 'a.nat-tppo', province: null, kind: 'JOINT_COMMITMENT', network: 'nat.gugus-tppo', meeting: 'm.nat-tppo',
    title: 'Kesepakatan Bersama Rencana Aksi Gugus Tugas Nasional PP-TPPO',
    reference: null, issueAreas: ['TRAFFICKING'],
    parties: ['nat.kemenpppa', 'nat.bareskrim', 'nat.kp2mi', 'nat.kemensos', 'nat.lpsk', 'kb.dp3ap2kb'], term: 12,
  },
  {
    key: 'a.nat-kemenkes', province: null, kind: 'MOU', network: null, meeting: null,
    title: 'Nota Kesepahaman KemenPPPA dan Kementerian Kesehatan tentang Layanan Kesehatan bagi Korban Kekerasan',
    reference: 'B-44/KPPPA/{M}/{Y}', issueAreas: ['SEXUAL_VIOLENCE', 'DOMESTIC_VIOLENCE'],
    parties: ['nat.kemenpppa', 'nat.kemenkes'], signed: -900, term: 60, terminated: -45,
  },
  {
    key: 'a.nat-sekolah', province: null, kind: 'MOU', network: null, meeting: null,
    title: 'Nota Kesepahaman KPAI dan Kemendikdasmen tentang Pengawasan Pencegahan Kekerasan di Satuan Pendidikan',
    reference: '11/MoU/KPAI/{M}/{Y}', issueAreas: ['VIOLENCE_AGAINST_CHILDREN', 'SEXUAL_VIOLENCE'],
    parties: ['nat.kpai', 'nat.kemendikdasmen'], expires: -10, term: 36,
  },
];

// ---------------------------------------------------------------- accounts

export interface AccountSpec {
  email: string;
  role: RoleName;
  displayName: string;
  province?: string;
  agency?: string;
  description: string;
}

/** One password for every demo account (printed at start-up; never for production). */
export const DEMO_PASSWORD = 'demo-pantau-2026';

export const ACCOUNTS: AccountSpec[] = [
  {
    email: 'admin@demo.pantau.id', role: 'ADMIN', displayName: 'Administrator Demo',
    description: 'Runs the hub: manages users and reference data, sees and changes everything.',
  },
  {
    email: 'oversight@demo.pantau.id', role: 'OVERSIGHT', agency: 'nat.komnas', displayName: 'Analis Komnas Perempuan (demo)',
    description: 'Komnas Perempuan analyst: reads all provinces, case figures only as suppressed aggregates; issues Komnas Perempuan recommendations.',
  },
  {
    email: 'oversight.kpai@demo.pantau.id', role: 'OVERSIGHT', agency: 'nat.kpai', displayName: 'Analis KPAI (demo)',
    description: 'KPAI analyst: follows the child protection recommendations KPAI issued to the provinces, and issues new ones.',
  },
  {
    email: 'koordinator.ntb@demo.pantau.id', role: 'COORDINATOR', province: '52', displayName: 'Koordinator Provinsi NTB (demo)',
    description: 'Coordinator of Nusa Tenggara Barat (52), the best-connected province.',
  },
  {
    email: 'koordinator.kalbar@demo.pantau.id', role: 'COORDINATOR', province: '61', displayName: 'Koordinator Provinsi Kalimantan Barat (demo)',
    description: 'Coordinator of Kalimantan Barat (61): trafficking at the border, many overdue items.',
  },
  {
    email: 'koordinator.jatim@demo.pantau.id', role: 'COORDINATOR', province: '35', displayName: 'Koordinator Provinsi Jawa Timur (demo)',
    description: 'Coordinator of Jawa Timur (35), incl. the Kota Kediri child protection forum.',
  },
  {
    email: 'koordinator.dki@demo.pantau.id', role: 'COORDINATOR', province: '31', displayName: 'Koordinator Provinsi DKI Jakarta (demo)',
    description: 'Coordinator of DKI Jakarta (31): sexual violence (UU TPKS) forum.',
  },
  {
    email: 'koordinator.jabar@demo.pantau.id', role: 'COORDINATOR', province: '32', displayName: 'Koordinator Provinsi Jawa Barat (demo)',
    description: 'Coordinator of Jawa Barat (32): child marriage and migrant workers in Indramayu.',
  },
  {
    email: 'koordinator.sulsel@demo.pantau.id', role: 'COORDINATOR', province: '73', displayName: 'Koordinator Provinsi Sulawesi Selatan (demo)',
    description: 'Coordinator of Sulawesi Selatan (73): few cases, so others see suppressed counts.',
  },
  {
    email: 'anggota.unitppa-ntb@demo.pantau.id', role: 'MEMBER', agency: 'ntb.polda', displayName: 'Staf Unit PPA Polda NTB (demo)',
    description: 'Member at Unit PPA Polda NTB (police): updates its action items and commitments.',
  },
  {
    email: 'anggota.uptdppa-mataram@demo.pantau.id', role: 'MEMBER', agency: 'ntb.uptd-mataram', displayName: 'Staf UPTD PPA Kota Mataram (demo)',
    description: 'Member at UPTD PPA Kota Mataram: records the cases it receives and refers.',
  },
  {
    email: 'anggota.lbhapik-ntb@demo.pantau.id', role: 'MEMBER', agency: 'ntb.lbhapik', displayName: 'Staf LBH APIK NTB (demo)',
    description: 'Member at LBH APIK NTB (legal aid): legal aid services and referrals.',
  },
  {
    email: 'anggota.pa-mataram@demo.pantau.id', role: 'MEMBER', agency: 'ntb.pa-mataram', displayName: 'Staf Pengadilan Agama Mataram (demo)',
    description: 'Member at Pengadilan Agama Mataram (religious court): MoU on child marriage dispensations.',
  },
  {
    email: 'anggota.uptdppa-kalbar@demo.pantau.id', role: 'MEMBER', agency: 'kb.uptd', displayName: 'Staf UPTD PPA Kalimantan Barat (demo)',
    description: 'Member at UPTD PPA Kalimantan Barat: trafficking victims returned at the border.',
  },
  {
    email: 'anggota.dp3ap2kb-kediri@demo.pantau.id', role: 'MEMBER', agency: 'jt.dp3ap2kb-kediri', displayName: 'Staf DP3AP2KB Kota Kediri (demo)',
    description: 'Member at DP3AP2KB Kota Kediri (Jawa Timur): leads the city child protection forum.',
  },
  {
    email: 'anggota.lbhapik-jakarta@demo.pantau.id', role: 'MEMBER', agency: 'dki.lbhapik', displayName: 'Staf LBH APIK Jakarta (demo)',
    description: 'Member at LBH APIK Jakarta: legal aid, national network with ECPAT Indonesia.',
  },
];
