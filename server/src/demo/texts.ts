import type { IssueName, SectorName } from './catalogue';

/**
 * Bahasa Indonesia text pools for generated records. Minutes and notes talk about
 * agencies, procedures and decisions only, never about a victim.
 */

// ---------------------------------------------------------------- meetings

export const MEETING_TITLES: ((short: string, quarter: string, year: number) => string)[] = [
  (s, q, y) => `Rapat Koordinasi Triwulan ${q} Tahun ${y} ${s}`,
  (s) => `Pertemuan ${s}: Evaluasi Alur Rujukan Korban`,
  (s) => `Rapat Evaluasi Pelaksanaan Kesepakatan ${s}`,
  (s, q, y) => `Rapat Kerja Penyusunan Rencana Aksi ${q === 'IV' ? y + 1 : y} ${s}`,
  (s) => `Pertemuan ${s}: Pemutakhiran Data Layanan dan Narahubung`,
  (s) => `Rapat Koordinasi ${s}: Penguatan Layanan Pemulihan Korban`,
];

export const TOPIC_SENTENCES: Record<IssueName, string[]> = {
  CHILD_MARRIAGE: [
    'Rapat membahas tren permohonan dispensasi kawin dan pelaksanaan asesmen kepentingan terbaik anak sebelum sidang.',
    'Peserta mengevaluasi sosialisasi pencegahan perkawinan anak di desa dampingan dan sekolah.',
  ],
  VIOLENCE_AGAINST_WOMEN: [
    'Rapat membahas mutu layanan bagi perempuan korban kekerasan, termasuk pendampingan hukum dan pemulihan psikologis.',
    'Peserta meninjau hambatan perempuan korban dalam mengakses layanan di tingkat kecamatan.',
  ],
  DOMESTIC_VIOLENCE: [
    'Rapat membahas penanganan KDRT, ketersediaan rumah aman dan permohonan perintah perlindungan bagi korban.',
    'Peserta meninjau waktu tunggu layanan rumah aman dan kebutuhan pendamping sosial.',
  ],
  SEXUAL_VIOLENCE: [
    'Rapat membahas pelaksanaan UU TPKS: layanan terpadu, pemeriksaan yang ramah korban dan hak restitusi.',
    'Peserta meninjau ketersediaan layanan visum gratis dan psikolog klinis bagi korban kekerasan seksual.',
  ],
  VIOLENCE_AGAINST_CHILDREN: [
    'Rapat membahas pencegahan dan penanganan kekerasan terhadap anak di satuan pendidikan dan lingkungan keluarga.',
    'Peserta meninjau pemenuhan hak anak korban: rehabilitasi, bantuan sosial dan keberlanjutan pendidikan.',
  ],
  TRAFFICKING: [
    'Rapat membahas pemulangan, rehabilitasi dan reintegrasi korban TPPO serta pencegahan keberangkatan nonprosedural.',
    'Peserta meninjau data pemulangan pekerja migran bermasalah dan rujukan ke layanan daerah asal.',
  ],
  OTHER: ['Rapat membahas koordinasi umum layanan perlindungan perempuan dan anak.'],
};

export const DECISION_SENTENCES = [
  'Disepakati batas waktu respons rujukan tiga hari kerja dan pembaruan status rujukan di hub koordinasi.',
  'Disepakati pembaruan direktori layanan dan narahubung setiap lembaga.',
  'Disepakati jadwal case conference bulanan lintas lembaga dengan data yang dianonimkan.',
  'Peserta menyepakati format laporan triwulan yang seragam untuk semua anggota.',
  'Disepakati pembagian peran pendampingan korban sejak pelaporan hingga pemulihan.',
  'Rapat mencatat kendala anggaran layanan visum dan psikolog; usulan disampaikan kepada pemerintah daerah.',
  'Disepakati bahwa setiap lembaga menunjuk satu narahubung tetap untuk rujukan.',
];

export const PRIVACY_SENTENCE = 'Pembahasan kasus dilakukan tanpa menyebut identitas korban.';
export const NEXT_MEETING_SENTENCE = 'Rapat berikutnya dijadwalkan pada triwulan berikutnya.';

// ---------------------------------------------------------------- action items

export const SECTOR_TASKS: Record<SectorName, string[]> = {
  PROTECTION_SERVICE: [
    'Memperbarui direktori layanan dan alur rujukan korban',
    'Menyusun SOP penerimaan pengaduan 24 jam',
    'Menyelenggarakan case conference bulanan lintas lembaga',
    'Menyusun laporan triwulan layanan korban',
    'Melatih konselor tentang pendampingan korban anak',
    'Menyediakan layanan psikolog klinis di UPTD',
  ],
  SOCIAL_WELFARE: [
    'Menambah kapasitas rumah aman',
    'Menugaskan pekerja sosial pendamping di setiap kecamatan',
    'Mengusulkan korban dari keluarga kurang mampu sebagai penerima bantuan sosial',
    'Menyusun rencana reintegrasi sosial bagi korban',
  ],
  POLICE: [
    'Menyediakan ruang pemeriksaan ramah anak',
    'Mempercepat penyampaian SP2HP kepada pelapor',
    'Melatih penyidik Unit PPA tentang UU TPKS',
    'Menyampaikan rekap perkara yang dilimpahkan ke kejaksaan',
  ],
  PROSECUTION: [
    'Menunjuk jaksa penghubung untuk perkara anak',
    'Menyusun pedoman tuntutan restitusi bagi korban',
    'Mengikutsertakan jaksa dalam pelatihan pendampingan korban',
  ],
  JUDICIARY: [
    'Menerapkan asesmen UPTD PPA dalam perkara dispensasi kawin',
    'Menyediakan ruang tunggu dan ruang sidang ramah anak',
    'Menyampaikan data permohonan dispensasi kawin per triwulan',
  ],
  HEALTH: [
    'Menyediakan layanan visum tanpa biaya bagi korban',
    'Menunjuk dokter penanggung jawab layanan korban kekerasan',
    'Menyusun alur layanan Pusat Krisis Terpadu',
  ],
  EDUCATION: [
    'Menjamin anak korban tetap bersekolah',
    'Membentuk Tim Pencegahan dan Penanganan Kekerasan di sekolah',
    'Menyelenggarakan sosialisasi pencegahan perkawinan anak di SMA/SMK',
  ],
  LEGAL_AID: [
    'Menyediakan paralegal pendamping di kabupaten',
    'Mendampingi korban dalam pengajuan restitusi',
    'Menyusun catatan kritis penanganan perkara kekerasan seksual',
  ],
  CIVIL_SOCIETY: [
    'Menyelenggarakan sosialisasi pencegahan perkawinan anak di desa dampingan',
    'Menyelenggarakan pelatihan HKSR bagi remaja',
    'Mendokumentasikan praktik baik jejaring',
    'Menyelenggarakan kampanye anti kekerasan berbasis gender',
  ],
  OVERSIGHT: [
    'Memantau tindak lanjut rekomendasi pengawasan',
    'Menyampaikan laporan hasil pengawasan layanan',
    'Meminta klarifikasi atas keterlambatan layanan korban',
  ],
  COMMUNITY: [
    'Membentuk satgas PPA di desa/kelurahan',
    'Menyusun peraturan desa tentang pencegahan perkawinan anak',
    'Menyosialisasikan kanal pengaduan kepada warga',
  ],
  OTHER: [
    'Memperketat pemeriksaan dokumen calon pekerja migran',
    'Menyediakan data pemulangan pekerja migran bermasalah',
    'Memfasilitasi permohonan restitusi korban',
  ],
};

export const ACTION_DESCRIPTIONS = [
  'Hasil dilaporkan pada rapat koordinasi berikutnya.',
  'Dikerjakan bersama anggota jejaring terkait; koordinator memantau kemajuan.',
  'Termasuk pembaruan data di hub koordinasi.',
  'Anggaran dari DPA tahun berjalan.',
];

export const NOTES = {
  start: [
    'Kegiatan mulai dikerjakan; tim teknis sudah dibentuk.',
    'Surat tugas sudah terbit, pelaksanaan dimulai.',
    'Draf awal sudah diedarkan kepada anggota jejaring untuk masukan.',
    'Rapat persiapan internal sudah dilaksanakan.',
  ],
  progress: [
    'Progres dibahas pada rapat koordinasi; target tetap.',
    'Koordinasi dengan mitra sudah dilakukan melalui surat resmi.',
    'Menunggu konfirmasi jadwal dari narasumber.',
    'Perlu dukungan koordinator provinsi untuk mempercepat.',
    'Sebagian kegiatan sudah terlaksana; sisanya dijadwalkan bulan depan.',
  ],
  block: [
    'Tertunda karena anggaran belum tersedia dalam DPA tahun berjalan.',
    'Menunggu tanda tangan pimpinan.',
    'Menunggu data dari instansi mitra.',
    'Terhambat pergantian pejabat penanggung jawab.',
  ],
  unblock: [
    'Kendala anggaran teratasi melalui pergeseran anggaran.',
    'Dokumen sudah ditandatangani; pekerjaan dilanjutkan.',
    'Data dari mitra sudah diterima.',
  ],
  done: [
    'Selesai; laporan dan dokumentasi sudah diserahkan kepada sekretariat jejaring.',
    'Kegiatan terlaksana; daftar hadir dan notulen tersedia.',
    'Dokumen sudah ditetapkan dengan keputusan kepala dinas.',
    'Selesai dan sudah disosialisasikan kepada anggota jejaring.',
  ],
  cancel: [
    'Dibatalkan karena sudah dicakup program KemenPPPA.',
    'Dibatalkan; digabung dengan rencana aksi lain.',
    'Tidak lagi relevan setelah perubahan regulasi.',
  ],
  extend: ['Tenggat diperpanjang atas kesepakatan rapat koordinasi.', 'Tenggat disesuaikan dengan jadwal anggaran perubahan.'],
};

// ---------------------------------------------------------------- commitments

export interface CommitmentTemplate {
  description: string;
  indicator: string | null;
  target: [number, number] | null;
  tasks: string[];
}

export const COMMITMENTS: Record<SectorName, CommitmentTemplate[]> = {
  PROTECTION_SERVICE: [
    { description: 'Menyediakan layanan pengaduan dan penjangkauan korban 24 jam', indicator: 'pengaduan yang ditindaklanjuti dalam 24 jam', target: [60, 200], tasks: ['Menyusun jadwal piket layanan pengaduan 24 jam', 'Menyosialisasikan nomor layanan pengaduan'] },
    { description: 'Menyelenggarakan pertemuan koordinasi kasus lintas lembaga setiap bulan', indicator: 'pertemuan koordinasi terlaksana', target: [12, 12], tasks: ['Menyusun jadwal case conference tahunan'] },
    { description: 'Menyediakan layanan psikolog klinis bagi korban', indicator: 'korban yang menerima layanan psikologis', target: [40, 150], tasks: ['Merekrut psikolog klinis untuk UPTD', 'Menyusun standar layanan konseling korban'] },
    { description: 'Menetapkan SOP rujukan bersama antaranggota', indicator: null, target: null, tasks: ['Menyusun draf SOP rujukan bersama'] },
  ],
  SOCIAL_WELFARE: [
    { description: 'Menyediakan rumah aman dan rehabilitasi sosial bagi korban', indicator: 'korban yang dilayani di rumah aman', target: [15, 60], tasks: ['Menyiapkan standar layanan rumah aman'] },
    { description: 'Menugaskan pekerja sosial pendamping korban', indicator: 'pekerja sosial yang ditugaskan', target: [5, 20], tasks: ['Menerbitkan surat tugas pekerja sosial pendamping'] },
  ],
  POLICE: [
    { description: 'Menyediakan ruang pemeriksaan ramah anak di unit PPA', indicator: 'ruang pemeriksaan ramah anak tersedia', target: [2, 8], tasks: ['Mengusulkan anggaran ruang pemeriksaan ramah anak'] },
    { description: 'Melatih penyidik Unit PPA tentang penanganan perkara berdasarkan UU TPKS', indicator: 'penyidik terlatih', target: [20, 60], tasks: ['Menyelenggarakan pelatihan penyidik angkatan I', 'Menyusun modul pelatihan penyidik'] },
  ],
  PROSECUTION: [
    { description: 'Melatih jaksa dalam pendampingan korban perempuan dan anak', indicator: 'jaksa terlatih', target: [20, 40], tasks: ['Menyusun modul pelatihan jaksa berperspektif korban', 'Menyelenggarakan pelatihan jaksa angkatan I'] },
    { description: 'Mencantumkan tuntutan restitusi dalam perkara kekerasan seksual', indicator: 'perkara dengan tuntutan restitusi', target: [10, 30], tasks: ['Menerbitkan petunjuk teknis tuntutan restitusi'] },
  ],
  JUDICIARY: [
    { description: 'Mempertimbangkan rekomendasi asesmen UPTD PPA dalam setiap perkara dispensasi kawin', indicator: 'perkara dispensasi kawin dengan rekomendasi asesmen', target: [50, 200], tasks: ['Menyepakati format surat rekomendasi asesmen dengan UPTD PPA'] },
    { description: 'Menyediakan ruang tunggu dan ruang sidang ramah anak', indicator: 'ruang ramah anak tersedia', target: [1, 3], tasks: ['Menata ruang tunggu ramah anak'] },
  ],
  HEALTH: [
    { description: 'Menyediakan pemeriksaan medis dan visum et repertum tanpa biaya bagi korban', indicator: 'korban yang diperiksa tanpa biaya', target: [40, 150], tasks: ['Menerbitkan SK pembebasan biaya visum bagi korban'] },
    { description: 'Membentuk Pusat Krisis Terpadu di rumah sakit', indicator: 'Pusat Krisis Terpadu beroperasi', target: [1, 1], tasks: ['Menyusun SK tim Pusat Krisis Terpadu'] },
  ],
  EDUCATION: [
    { description: 'Menjamin keberlanjutan pendidikan anak korban kekerasan dan perkawinan anak', indicator: 'anak korban yang kembali bersekolah', target: [10, 50], tasks: ['Menerbitkan surat edaran penerimaan kembali anak korban di sekolah'] },
    { description: 'Membentuk Tim Pencegahan dan Penanganan Kekerasan di satuan pendidikan', indicator: 'sekolah dengan TPPK aktif', target: [50, 300], tasks: ['Mendata sekolah yang telah membentuk TPPK'] },
  ],
  LEGAL_AID: [
    { description: 'Memberikan pendampingan hukum cuma-cuma bagi korban', indicator: 'korban yang didampingi secara hukum', target: [20, 80], tasks: ['Menyusun daftar piket advokat pendamping'] },
    { description: 'Melatih paralegal komunitas', indicator: 'paralegal terlatih', target: [15, 40], tasks: ['Menyelenggarakan pelatihan paralegal komunitas'] },
  ],
  CIVIL_SOCIETY: [
    { description: 'Menyelenggarakan sosialisasi pencegahan perkawinan anak dan KBG di desa dampingan', indicator: 'desa yang terjangkau sosialisasi', target: [10, 40], tasks: ['Menyusun materi sosialisasi pencegahan perkawinan anak'] },
    { description: 'Melaksanakan pelatihan HKSR bagi remaja', indicator: 'remaja yang mengikuti pelatihan', target: [100, 400], tasks: ['Menyelenggarakan pelatihan HKSR di desa dampingan'] },
    { description: 'Mendampingi korban dalam mengakses layanan non-hukum', indicator: null, target: null, tasks: ['Memetakan layanan non-hukum di kabupaten/kota'] },
  ],
  OVERSIGHT: [
    { description: 'Memantau pelaksanaan kesepakatan dan menerbitkan rekomendasi tahunan', indicator: 'laporan pemantauan diterbitkan', target: [1, 2], tasks: ['Menyusun instrumen pemantauan pelaksanaan kesepakatan'] },
    { description: 'Melakukan kunjungan pengawasan layanan korban', indicator: 'kunjungan pengawasan', target: [2, 6], tasks: ['Menjadwalkan kunjungan pengawasan layanan'] },
  ],
  COMMUNITY: [
    { description: 'Membentuk satuan tugas perlindungan perempuan dan anak tingkat desa/kelurahan', indicator: 'satgas desa/kelurahan terbentuk', target: [10, 46], tasks: ['Memfasilitasi pembentukan satgas di desa percontohan'] },
    { description: 'Menyepakati aturan adat dan peraturan desa tentang pencegahan perkawinan anak', indicator: 'desa dengan aturan pencegahan perkawinan anak', target: [5, 20], tasks: ['Menyusun contoh peraturan desa pencegahan perkawinan anak'] },
  ],
  OTHER: [
    { description: 'Mencegah keberangkatan calon pekerja migran nonprosedural', indicator: 'calon pekerja migran nonprosedural yang dicegah', target: [50, 200], tasks: ['Menyusun daftar periksa dokumen calon pekerja migran'] },
    { description: 'Memfasilitasi pemulangan dan rujukan korban TPPO ke daerah asal', indicator: 'korban yang dipulangkan dan dirujuk', target: [20, 80], tasks: ['Menyusun SOP serah terima korban dengan daerah asal'] },
    { description: 'Memfasilitasi permohonan restitusi dan bantuan bagi korban', indicator: 'permohonan restitusi yang difasilitasi', target: [10, 40], tasks: ['Menyosialisasikan tata cara permohonan restitusi'] },
  ],
};

export const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
