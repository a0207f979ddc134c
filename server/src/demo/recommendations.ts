import { addDays } from '../common/dates';
import type { Sql } from '../common/sql';

/**
 * The demo recommendations of oversight bodies (recommendations.md), added after the rest of
 * the demo world in the same transaction, by agency acronyms and demo e-mails:
 *  - Komnas Perempuan to Kalimantan Barat: a cross-sector coordination policy between the
 *    criminal justice system and victim recovery against trafficking; accepted, and being
 *    implemented by three linked action items (one done, one in progress, one open);
 *  - KPAI to Jawa Barat on child marriage: awaiting an answer past its response date;
 *  - KPAI to Jawa Timur on child protection in schools: noted, with the province's reasons;
 *  - Komnas Perempuan to Nusa Tenggara Barat: accepted and implemented; and a new one, due later.
 */
export async function insertDemoRecommendations(sql: Sql, today: string): Promise<number> {
  const d = (n: number) => addDays(today, n);
  const ids = await sql.one<Record<string, number | null>>(
    `select
       (select id from agency where acronym = 'Komnas Perempuan' and province_code is null) as komnas,
       (select id from agency where acronym = 'KPAI' and province_code is null) as kpai,
       (select id from agency where acronym = 'DP3AP2KB Kalbar') as "kbDp3a",
       (select id from agency where acronym = 'UPTD PPA Kalbar') as "kbUptd",
       (select id from agency where acronym = 'Unit PPA Polda Kalbar') as "kbPolda",
       (select id from agency where acronym = 'Kejati Kalbar') as "kbKejati",
       (select id from agency where acronym = 'DP3AKB Jabar') as "jbDp3a",
       (select id from agency where acronym = 'Disdik Jabar') as "jbDisdik",
       (select id from agency where acronym = 'DP3AK Jatim') as "jtDp3a",
       (select id from hub_user where email = 'oversight@demo.pantau.id') as "komnasUser",
       (select id from hub_user where email = 'oversight.kpai@demo.pantau.id') as "kpaiUser",
       (select id from hub_user where email = 'koordinator.kalbar@demo.pantau.id') as "kbCoord",
       (select id from hub_user where email = 'koordinator.jatim@demo.pantau.id') as "jtCoord",
       (select id from hub_user where email = 'koordinator.ntb@demo.pantau.id') as "ntbCoord",
       (select id from agency where acronym = 'UPTD PPA NTB') as "ntbUptd"`,
  );
  if (Object.values(ids).some((v) => v === null)) throw new Error(`Demo recommendations: missing ${Object.keys(ids).filter((k) => ids[k] === null).join(', ')}`);
  const id = (k: string) => ids[k] as number;

  const recs = [
    {
      key: 'kalbar',
      reference: '12/REK/KNAKTP/' + d(-150).slice(0, 4),
      title: 'Kebijakan koordinasi lintas sektor sistem peradilan pidana dan pemulihan korban TPPO',
      text:
        'Menyikapi penetapan darurat Tindak Pidana Perdagangan Orang (TPPO) di wilayah perbatasan dengan Sarawak, Komnas Perempuan merekomendasikan agar Pemerintah Provinsi Kalimantan Barat menyusun kebijakan (peraturan gubernur) yang mengatur ruang koordinasi antara sistem peradilan pidana dan pemulihan korban yang menjadi kewenangan organisasi perangkat daerah, termasuk mekanisme rujukan dari lima pintu perbatasan (Sambas, Bengkayang, Kapuas Hulu, Sintang dan Sanggau), layanan rumah aman, dan pendampingan hukum korban.',
      issuer: id('komnas'), createdBy: id('komnasUser'), issuedOn: d(-150), province: '61', areas: ['TRAFFICKING', 'VIOLENCE_AGAINST_WOMEN'],
      due: d(-90), addressees: [id('kbDp3a'), id('kbUptd')],
      response: 'ACCEPTED' as string | null,
      note: 'Diterima. DP3AP2KB memimpin penyusunan rancangan Pergub bersama Polda, Kejati dan UPTD PPA; jalur rujukan dari pintu perbatasan disepakati lebih dulu.',
      respondedOn: d(-110) as string | null, respondedBy: id('kbCoord') as number | null,
    },
    {
      key: 'jabar',
      reference: '031/REK/KPAI/' + d(-75).slice(0, 4),
      title: 'Pencegahan perkawinan anak dan pengawasan dispensasi kawin di Jawa Barat',
      text:
        'KPAI merekomendasikan agar Pemerintah Provinsi Jawa Barat menetapkan rencana aksi pencegahan perkawinan anak, memastikan setiap permohonan dispensasi kawin didampingi asesmen psikologis dan sosial oleh UPTD PPA, dan menjamin anak yang menikah tetap dapat melanjutkan pendidikan.',
      issuer: id('kpai'), createdBy: id('kpaiUser'), issuedOn: d(-75), province: '32', areas: ['CHILD_MARRIAGE', 'VIOLENCE_AGAINST_CHILDREN'],
      due: d(-15), addressees: [id('jbDp3a'), id('jbDisdik')],
      response: null, note: null, respondedOn: null, respondedBy: null,
    },
    {
      key: 'jatim',
      reference: '044/REK/KPAI/' + d(-60).slice(0, 4),
      title: 'Satuan tugas perlindungan anak di setiap satuan pendidikan di Jawa Timur',
      text:
        'KPAI merekomendasikan agar Pemerintah Provinsi Jawa Timur membentuk satuan tugas pencegahan dan penanganan kekerasan terhadap anak di setiap satuan pendidikan menengah, dengan anggaran provinsi, serta melaporkan pelaksanaannya setiap semester.',
      issuer: id('kpai'), createdBy: id('kpaiUser'), issuedOn: d(-60), province: '35', areas: ['VIOLENCE_AGAINST_CHILDREN', 'SEXUAL_VIOLENCE'],
      due: d(-30), addressees: [id('jtDp3a')],
      response: 'NOTED',
      note: 'Dicatat. Satuan tugas di satuan pendidikan sudah diwajibkan secara nasional (Permendikbudristek 46/2023) dan menjadi kewenangan sekolah serta Dinas Pendidikan; provinsi tidak dapat menganggarkan satgas di setiap sekolah. Pemantauan akan dilakukan melalui forum PUSPAGA.',
      respondedOn: d(-35), respondedBy: id('jtCoord'),
    },
    {
      key: 'ntb-done',
      reference: '07/REK/KNAKTP/' + d(-300).slice(0, 4),
      title: 'Layanan visum gratis bagi korban kekerasan seksual di seluruh RSUD NTB',
      text: 'Komnas Perempuan merekomendasikan agar visum et repertum dan visum et psikiatrikum bagi korban kekerasan seksual tidak dipungut biaya di seluruh RSUD di Nusa Tenggara Barat, sesuai UU TPKS.',
      issuer: id('komnas'), createdBy: id('komnasUser'), issuedOn: d(-300), province: '52', areas: ['SEXUAL_VIOLENCE'],
      due: d(-240), addressees: [], response: 'ACCEPTED', note: null, respondedOn: d(-250), respondedBy: id('ntbCoord'),
    },
    {
      key: 'ntb-new',
      reference: '19/REK/KNAKTP/' + d(-10).slice(0, 4),
      title: 'Pendampingan korban dalam sidang dispensasi kawin di Pengadilan Agama',
      text: 'Komnas Perempuan merekomendasikan agar UPTD PPA NTB mendampingi setiap anak dalam sidang permohonan dispensasi kawin dan menyampaikan asesmennya kepada hakim.',
      issuer: id('komnas'), createdBy: id('komnasUser'), issuedOn: d(-10), province: '52', areas: ['CHILD_MARRIAGE'],
      due: d(50), addressees: [id('ntbUptd')], response: null, note: null, respondedOn: null, respondedBy: null,
    },
  ];
  const rows = await sql.all<{ id: number }>(
    `insert into recommendation (reference, title, text, issuer_id, issued_on, province_code, issue_areas, response_due_on, response, response_note,
       responded_on, responded_by_id, created_by_id, created_at, updated_at)
     select reference, title, text, issuer, issued, province, string_to_array(areas, ','), due, response, note, responded, responded_by, created_by,
       issued::timestamptz + interval '2 hours', coalesce(responded, issued)::timestamptz + interval '2 hours'
     from unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::date[], $6::text[], $7::text[], $8::date[], $9::text[], $10::text[], $11::date[], $12::int[], $13::int[])
       with ordinality as u(reference, title, text, issuer, issued, province, areas, due, response, note, responded, responded_by, created_by, n)
     order by n returning id`,
    [
      recs.map((r) => r.reference), recs.map((r) => r.title), recs.map((r) => r.text), recs.map((r) => r.issuer), recs.map((r) => r.issuedOn),
      recs.map((r) => r.province), recs.map((r) => r.areas.join(',')), recs.map((r) => r.due), recs.map((r) => r.response), recs.map((r) => r.note),
      recs.map((r) => r.respondedOn), recs.map((r) => r.respondedBy), recs.map((r) => r.createdBy),
    ],
  );
  const recId = (key: string) => rows[recs.findIndex((r) => r.key === key)].id;
  const addressees = recs.flatMap((r, i) => r.addressees.map((a) => [rows[i].id, a]));
  await sql.run('insert into recommendation_addressee (recommendation_id, agency_id) select * from unnest($1::int[], $2::int[])', [
    addressees.map((a) => a[0]),
    addressees.map((a) => a[1]),
  ]);

  // The action items that implement the accepted ones.
  const items = [
    { rec: 'kalbar', province: '61', agency: id('kbDp3a'), title: 'Susun rancangan Pergub koordinasi lintas sektor penanganan TPPO', status: 'IN_PROGRESS', opened: d(-105), due: d(30), done: null as string | null, priority: 'URGENT' },
    { rec: 'kalbar', province: '61', agency: id('kbPolda'), title: 'Sepakati jalur rujukan korban TPPO dari lima pintu perbatasan ke UPTD PPA', status: 'DONE', opened: d(-105), due: d(-45), done: d(-50), priority: 'HIGH' },
    { rec: 'kalbar', province: '61', agency: id('kbKejati'), title: 'Pedoman pendampingan korban TPPO dalam proses penuntutan dan restitusi', status: 'OPEN', opened: d(-100), due: d(60), done: null, priority: 'HIGH' },
    { rec: 'ntb-done', province: '52', agency: id('ntbUptd'), title: 'Surat edaran Gubernur: visum korban kekerasan seksual tanpa biaya di RSUD', status: 'DONE', opened: d(-245), due: d(-180), done: d(-190), priority: 'HIGH' },
  ];
  // Their history: OPEN -> IN_PROGRESS five days after opening, -> DONE on the completion day;
  // the version counts the entries, and each entry has its audit event (as the generator's items).
  const steps = items.map((i) => [
    ...(i.status === 'OPEN' ? [] : [{ from: 'OPEN', to: 'IN_PROGRESS', day: addDays(i.opened, 5), note: 'Mulai dikerjakan untuk melaksanakan rekomendasi yang diterima provinsi.' }]),
    ...(i.status === 'DONE' ? [{ from: 'IN_PROGRESS', to: 'DONE', day: i.done!, note: 'Selesai.' }] : []),
  ]);
  const itemRows = await sql.all<{ id: number }>(
    `insert into action_item (title, province_code, agency_id, recommendation_id, priority, status, opened_on, due_on, completed_on, version, created_at, updated_at)
     select title, province, agency, rec, priority, status, opened, due, done, version, opened::timestamptz + interval '3 hours', coalesce(done, opened)::timestamptz + interval '3 hours'
     from unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::text[], $6::text[], $7::date[], $8::date[], $9::date[], $10::int[]) with ordinality
       as u(title, province, agency, rec, priority, status, opened, due, done, version, n)
     order by n returning id`,
    [
      items.map((i) => i.title), items.map((i) => i.province), items.map((i) => i.agency), items.map((i) => recId(i.rec)), items.map((i) => i.priority),
      items.map((i) => i.status), items.map((i) => i.opened), items.map((i) => i.due), items.map((i) => i.done), steps.map((st) => 1 + st.length),
    ],
  );
  const history = items.flatMap((i, k) =>
    steps[k].map((st) => ({ item: itemRows[k].id, author: i.province === '61' ? id('kbCoord') : id('ntbCoord'), province: i.province, ...st, at: `${st.day}T03:00:00Z` })),
  );
  await sql.run(
    `with h as (
       select * from unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[], $6::timestamptz[], $7::text[]) as u(item, author, note, from_s, to_s, at, province)
     ), updates as (
       insert into action_update (action_item_id, author_id, note, from_status, to_status, created_at) select item, author, note, from_s, to_s, at from h
     )
     insert into audit_event (at, actor_id, action, entity_type, entity_id, province_code, changes)
     select at, author, 'updateActionItem', 'ActionItem', item::text, province, jsonb_build_object('status', jsonb_build_object('before', from_s, 'after', to_s)) from h`,
    [
      history.map((h) => h.item), history.map((h) => h.author), history.map((h) => h.note), history.map((h) => h.from), history.map((h) => h.to),
      history.map((h) => h.at), history.map((h) => h.province),
    ],
  );
  // The recommendations' own audit trail: issued by the oversight account, answered by the coordinator.
  const answered = recs.map((r, i) => ({ r, id: rows[i].id })).filter((x) => x.r.response);
  await sql.run(
    `insert into audit_event (at, actor_id, action, entity_type, entity_id, province_code, changes)
     select at, actor, action, 'Recommendation', id::text, province, null from unnest($1::timestamptz[], $2::int[], $3::text[], $4::int[], $5::text[]) as u(at, actor, action, id, province)`,
    [
      [...recs.map((r) => `${r.issuedOn}T02:00:00Z`), ...answered.map((x) => `${x.r.respondedOn}T02:00:00Z`)],
      [...recs.map((r) => r.createdBy), ...answered.map((x) => x.r.respondedBy)],
      [...recs.map(() => 'issueRecommendation'), ...answered.map(() => 'respondToRecommendation')],
      [...rows.map((r) => r.id), ...answered.map((x) => x.id)],
      [...recs.map((r) => r.province), ...answered.map((x) => x.r.province)],
    ],
  );
  return rows.length;
}
