import path from 'node:path';
import type { Writable } from 'node:stream';
import { pdfkit } from '../../common/lazy-modules';
import type { Context, Viewer } from '../../common/context';
import { addDays, addMonths, daysBetween } from '../../common/dates';
import { enumLabel, type Lang } from '../../common/enum-labels';
import { notFound } from '../../common/errors';
import { agreementListQuery } from '../agreement/agreement.service';
import { requireViewer } from '../auth/policy';
import { commitmentListQuery } from '../commitment/commitment.service';
import { meetingListQuery } from '../meeting/meeting.service';
import { metricsTrend, nationalMetrics, provinceMetrics, resolvePeriod } from '../metrics/metrics.service';
import type { CaseCountModel, ProvinceMetricsModel, TrendPointModel } from '../metrics/metrics.model';
import { MIN_SHOWN } from '../metrics/suppression';
import { referenceData } from '../province/reference.service';
import { recommendationListQuery } from '../recommendation/recommendation.service';
import { InputErrors } from '../../common/errors';
import { parseQuery, type FilterSpec } from '../export/export.filters';
import { auditFileEvent } from '../export/export.service';
import { AGREEMENT_ROW, COMMITMENT_ROW, MEETING_ROW, recommendationRow, reportRows } from './report.sql';

/** DejaVu Sans from npm (dejavu-fonts-ttf), embedded in every report: Indonesian text prints the same everywhere. */
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONT = path.join(FONT_DIR, 'DejaVuSans.ttf');
const FONT_BOLD = path.join(FONT_DIR, 'DejaVuSans-Bold.ttf');

const PERIOD: Record<string, FilterSpec> = { from: { type: 'date' }, to: { type: 'date' }, asOf: { type: 'date' } };

const t = (lang: Lang, id: string, en: string) => (lang === 'en' ? en : id);

const MARGIN = 50;
const FOOTER_SPACE = 40;

interface Period {
  from: string;
  to: string;
  asOf: string;
}

export interface PreparedReport {
  filename: string;
  write(out: Writable, onStart: () => void): Promise<void>;
}

/** The previous period of the same length, ending the day before `from`. */
export function previousPeriod(p: Period): Period {
  const len = daysBetween(p.from, p.to);
  const to = addDays(p.from, -1);
  return { from: addDays(to, -len), to, asOf: to };
}

// ---------------------------------------------------------------------------- drawing

class Report {
  readonly doc: PDFKit.PDFDocument;
  constructor(readonly lang: Lang) {
    this.doc = new (pdfkit())({ size: 'A4', margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN }, bufferPages: true, info: { Title: 'Pantau Jejaring' } });
    this.doc.registerFont('body', FONT);
    this.doc.registerFont('bold', FONT_BOLD);
    this.doc.font('body').fontSize(10);
  }

  get width() {
    return this.doc.page.width - 2 * MARGIN;
  }

  get bottom() {
    return this.doc.page.height - MARGIN - FOOTER_SPACE;
  }

  ensure(height: number) {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  heading(text: string) {
    this.ensure(40);
    this.doc.moveDown(0.8).font('bold').fontSize(13).text(text, MARGIN, this.doc.y, { width: this.width });
    this.doc.font('body').fontSize(10).moveDown(0.3);
  }

  para(text: string) {
    this.ensure(20);
    this.doc.font('body').fontSize(10).text(text, MARGIN, this.doc.y, { width: this.width });
  }

  /** A table that continues on the next page with its header repeated. */
  table(headers: string[], rows: string[][], widths: number[]) {
    const total = widths.reduce((a, b) => a + b, 0);
    const w = widths.map((x) => (x / total) * this.width);
    const rowHeight = (cells: string[], font: string) => {
      this.doc.font(font).fontSize(9);
      return Math.max(...cells.map((c, i) => this.doc.heightOfString(c || ' ', { width: w[i] - 6 }))) + 6;
    };
    const drawRow = (cells: string[], font: string, shade: boolean) => {
      const h = rowHeight(cells, font);
      const y = this.doc.y;
      if (shade) this.doc.save().rect(MARGIN, y, this.width, h).fill('#eeeeee').restore();
      let x = MARGIN;
      this.doc.font(font).fontSize(9).fillColor('black');
      cells.forEach((c, i) => {
        this.doc.text(c, x + 3, y + 3, { width: w[i] - 6 });
        x += w[i];
      });
      this.doc.moveTo(MARGIN, y + h).lineTo(MARGIN + this.width, y + h).lineWidth(0.3).strokeColor('#999999').stroke();
      this.doc.x = MARGIN;
      this.doc.y = y + h;
    };
    this.ensure(rowHeight(headers, 'bold') + 20);
    drawRow(headers, 'bold', true);
    for (const row of rows) {
      if (this.doc.y + rowHeight(row, 'body') > this.bottom) {
        this.doc.addPage();
        drawRow(headers, 'bold', true);
      }
      drawRow(row, 'body', false);
    }
    this.doc.font('body').fontSize(10).moveDown(0.5);
  }

  /** A line chart of monthly series, drawn as vectors, with axes, labels and a legend. */
  chart(title: string, months: string[], series: { name: string; color: string; values: (number | null)[] }[]) {
    const height = 180;
    this.ensure(height + 60);
    this.doc.font('bold').fontSize(10).text(title, MARGIN, this.doc.y);
    const top = this.doc.y + 8;
    const left = MARGIN + 30;
    const width = this.width - 40;
    const max = Math.max(1, ...series.flatMap((s) => s.values.map((v) => v ?? 0)));
    const doc = this.doc;
    doc.lineWidth(0.5).strokeColor('#666666');
    doc.moveTo(left, top).lineTo(left, top + height).lineTo(left + width, top + height).stroke();
    doc.font('body').fontSize(7).fillColor('black');
    for (let i = 0; i <= 4; i++) {
      const v = Math.round((max * i) / 4);
      const y = top + height - (height * i) / 4;
      doc.text(String(v), MARGIN, y - 4, { width: 26, align: 'right' });
      doc.moveTo(left, y).lineTo(left + width, y).lineWidth(0.2).strokeColor('#dddddd').stroke();
    }
    const step = months.length > 1 ? width / (months.length - 1) : 0;
    months.forEach((m, i) => {
      if (i % 3 === 0 || i === months.length - 1) doc.fillColor('black').text(m.slice(0, 7), left + i * step - 15, top + height + 3, { width: 30, align: 'center' });
    });
    for (const s of series) {
      doc.lineWidth(1.2).strokeColor(s.color);
      let started = false;
      s.values.forEach((v, i) => {
        if (v === null) {
          started = false;
          return;
        }
        const x = left + i * step;
        const y = top + height - (height * v) / max;
        if (!started) doc.moveTo(x, y);
        else doc.lineTo(x, y);
        started = true;
      });
      doc.stroke();
    }
    let lx = left;
    const ly = top + height + 16;
    for (const s of series) {
      doc.rect(lx, ly + 2, 10, 4).fill(s.color);
      doc.fillColor('black').fontSize(8).text(s.name, lx + 14, ly, { lineBreak: false });
      lx += 14 + doc.widthOfString(s.name) + 16;
    }
    doc.fillColor('black').font('body').fontSize(10);
    doc.x = MARGIN;
    doc.y = ly + 18;
  }

  footers(place: string, period: Period, generatedAt: Date, viewer: Viewer) {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const y = this.doc.page.height - MARGIN - 14;
      const text = `${place} · ${period.from} – ${period.to} · ${t(this.lang, 'Dibuat', 'Generated')} ${generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC · ${enumLabel('Role', viewer.role, this.lang)} · ${t(this.lang, 'Halaman', 'Page')} ${i + 1} / ${range.count}`;
      // Drawn inside the bottom margin: lift it so pdfkit does not start a new page.
      const bottom = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      this.doc.font('body').fontSize(7.5).fillColor('#444444').text(text, MARGIN, y, { width: this.width, align: 'center', lineBreak: false });
      this.doc.page.margins.bottom = bottom;
    }
    this.doc.fillColor('black');
  }
}

const num = (v: number | null | undefined, digits = 0) => (v === null || v === undefined ? '–' : v.toFixed(digits));
const pct = (v: number | null | undefined) => (v === null || v === undefined ? '–' : `${(v * 100).toFixed(1)}%`);
const withheld = (lang: Lang) => t(lang, 'disembunyikan', 'withheld');
const caseCount = (c: CaseCountModel | undefined, lang: Lang) => (!c ? '–' : c.suppressed ? withheld(lang) : String(c.value));

function headlineRows(now: ProvinceMetricsModel, prev: ProvinceMetricsModel, lang: Lang): string[][] {
  const row = (label: string, a: number | null, b: number | null, fmt: (v: number | null) => string) => [
    label,
    fmt(a),
    fmt(b),
    a === null || b === null ? '–' : `${a - b >= 0 ? '+' : ''}${fmt(a - b)}`,
  ];
  const n = (v: number | null) => num(v);
  const p = (v: number | null) => pct(v);
  const cases = (c: CaseCountModel) => (c.suppressed ? null : c.value);
  const out = [
    row(t(lang, 'Kesepakatan berlaku', 'Active agreements'), now.activeAgreements, prev.activeAgreements, n),
    row(t(lang, 'Kesepakatan segera berakhir (90 hari)', 'Agreements expiring (90 days)'), now.expiringAgreements, prev.expiringAgreements, n),
    row(t(lang, 'Cakupan sektor', 'Sector coverage'), now.sectorCoverage, prev.sectorCoverage, p),
    row(t(lang, 'Rapat diadakan', 'Meetings held'), now.meetingsHeld, prev.meetingsHeld, n),
    row(t(lang, 'Tingkat pemenuhan komitmen', 'Commitment fulfilment rate'), now.fulfilmentRate, prev.fulfilmentRate, p),
    row(t(lang, 'Tindak lanjut terbuka', 'Action items open'), now.actionsOpen, prev.actionsOpen, n),
    row(t(lang, 'Tindak lanjut terlambat', 'Action items overdue'), now.actionsOverdue, prev.actionsOverdue, n),
    row(t(lang, 'Selesai tepat waktu', 'On-time completion'), now.onTimeCompletionRate, prev.onTimeCompletionRate, p),
    row(t(lang, 'Indeks koordinasi', 'Coordination index'), now.coordinationIndex, prev.coordinationIndex, (v) => num(v, 1)),
  ];
  const c = row(t(lang, 'Kasus dilaporkan', 'Cases reported'), cases(now.casesReported), cases(prev.casesReported), n);
  if (now.casesReported.suppressed) c[1] = withheld(lang);
  if (prev.casesReported.suppressed) c[2] = withheld(lang);
  out.push(c);
  return out;
}

function definitions(r: Report) {
  const lang = r.lang;
  r.heading(t(lang, 'Definisi', 'Definitions'));
  const defs: [string, string][] = [
    [t(lang, 'Kesepakatan berlaku', 'Active agreements'), t(lang, 'Kesepakatan yang sudah ditandatangani, belum berakhir dan tidak diakhiri per tanggal acuan.', 'Agreements signed, not expired and not terminated as of the reference date.')],
    [t(lang, 'Segera berakhir', 'Expiring'), t(lang, 'Kesepakatan berlaku yang berakhir dalam 90 hari setelah tanggal acuan.', 'Active agreements whose end date falls within 90 days after the reference date.')],
    [t(lang, 'Cakupan sektor', 'Sector coverage'), t(lang, 'Sektor (selain Lainnya) para pihak kesepakatan berlaku, dibagi 11.', 'Sectors (other than Other) of the parties of active agreements, divided by 11.')],
    [t(lang, 'Tingkat pemenuhan', 'Fulfilment rate'), t(lang, 'Komitmen terpenuhi dibagi komitmen yang jatuh tempo dalam periode.', 'Commitments fulfilled divided by commitments due in the period.')],
    [t(lang, 'Tindak lanjut terlambat', 'Overdue action items'), t(lang, 'Tindak lanjut Terbuka, Dikerjakan atau Terhambat yang tenggatnya sebelum tanggal acuan.', 'Items Open, In progress or Blocked whose due date is before the reference date.')],
    [t(lang, 'Selesai tepat waktu', 'On-time completion'), t(lang, 'Tindak lanjut yang selesai dalam periode pada atau sebelum tenggatnya, dibagi semua yang selesai dalam periode.', 'Items done in the period on or before their due date, divided by all items done in the period.')],
    [t(lang, 'Indeks koordinasi', 'Coordination index'), t(lang, '100 × rata-rata rasio yang tersedia: cakupan sektor, pemenuhan, tepat waktu, penerimaan rujukan, kasus lintas sektor.', '100 × the mean of the available rates: sector coverage, fulfilment, on-time completion, referral acceptance, multi-sector cases.')],
    [t(lang, 'Kasus dilaporkan', 'Cases reported'), t(lang, `Kasus dengan tanggal lapor dalam periode. Angka 1 sampai ${MIN_SHOWN - 1} disembunyikan kecuali bagi yang boleh melihat angka tepat provinsi (ADMIN; koordinator provinsinya).`, `Cases reported in the period. Counts from 1 to ${MIN_SHOWN - 1} are withheld except for viewers who may see the province's exact figures (ADMIN; its coordinator).`)],
    [t(lang, 'Periode pembanding', 'Comparison period'), t(lang, 'Periode sebelumnya dengan panjang yang sama, berakhir sehari sebelum awal periode.', 'The previous period of the same length, ending the day before the period starts.')],
  ];
  r.table([t(lang, 'Angka', 'Figure'), t(lang, 'Definisi', 'Definition')], defs.map(([a, b]) => [a, b]), [1, 3]);
}

function trendChart(r: Report, points: TrendPointModel[]) {
  const lang = r.lang;
  r.chart(
    t(lang, 'Tren 24 bulan: tindak lanjut per bulan', '24-month trend: action items per month'),
    points.map((p) => p.month),
    [
      { name: t(lang, 'Dibuka', 'Opened'), color: '#1f77b4', values: points.map((p) => p.actionsOpened) },
      { name: t(lang, 'Selesai', 'Done'), color: '#2ca02c', values: points.map((p) => p.actionsDone) },
      { name: t(lang, 'Terlambat di akhir bulan', 'Overdue at month end'), color: '#d62728', values: points.map((p) => p.actionsOverdueAtMonthEnd) },
    ],
  );
}

// ---------------------------------------------------------------------------- reports

function periodOf(ctx: Context, query: Record<string, unknown>) {
  const { filter, lang } = parseQuery(query, PERIOD);
  const errors = new InputErrors();
  const period = resolvePeriod(errors, ctx.today, filter);
  errors.throwIfAny();
  return { period, lang, filter };
}

const trendFrom = (p: Period) => `${addMonths(p.to.slice(0, 7) + '-01', -23)}`;

/** `GET /report/province/{code}.pdf`: readable by whoever may read the province's metrics. */
export function prepareProvinceReport(ctx: Context, code: string, query: Record<string, unknown>): PreparedReport {
  const viewer = requireViewer(ctx);
  const province = referenceData().province(code);
  if (!province) throw notFound('Province', code);
  const { period, lang, filter } = periodOf(ctx, query);
  return {
    filename: `report-${code}-${period.from}-${period.to}.pdf`,
    async write(out, onStart) {
      const generatedAt = new Date();
      const now = await provinceMetrics(ctx, code, period);
      const prev = await provinceMetrics(ctx, code, previousPeriod(period));
      const trend = await metricsTrend(ctx, code, trendFrom(period), period.to);
      const agreementRows = await reportRows(ctx.sql, agreementListQuery(ctx, { provinceCode: code, status: 'ACTIVE' as never }), AGREEMENT_ROW);
      const overdueCommitments = await reportRows(ctx.sql, commitmentListQuery(ctx, { provinceCode: code, overdue: true }), COMMITMENT_ROW);
      const meetings = await reportRows(ctx.sql, meetingListQuery(ctx, { provinceCode: code, heldFrom: period.from, heldTo: period.to }), MEETING_ROW);
      const recommendations = await reportRows(ctx.sql, recommendationListQuery(ctx, { provinceCode: code }), recommendationRow(period.asOf));
      onStart();
      const r = new Report(lang);
      r.doc.pipe(out);
      const place = province.name;
      r.doc.font('bold').fontSize(18).text(`${t(lang, 'Laporan Provinsi', 'Province report')}: ${place}`);
      r.doc.font('body').fontSize(10).text(`${t(lang, 'Periode', 'Period')}: ${period.from} – ${period.to} · ${t(lang, 'per', 'as of')} ${period.asOf}`);
      const prevP = previousPeriod(period);
      r.heading(t(lang, 'Angka utama', 'Headline figures'));
      r.table(
        [t(lang, 'Angka', 'Figure'), `${period.from} – ${period.to}`, `${prevP.from} – ${prevP.to}`, t(lang, 'Perubahan', 'Change')],
        headlineRows(now, prev, lang),
        [3, 1.5, 1.5, 1],
      );
      r.heading(t(lang, 'Tren', 'Trend'));
      trendChart(r, trend);

      r.heading(t(lang, 'Kesepakatan berlaku dan segera berakhir', 'Agreements active and expiring'));
      const soon = addDays(period.asOf, 90);
      r.table(
        [t(lang, 'Kesepakatan', 'Agreement'), t(lang, 'Nomor', 'Reference'), t(lang, 'Berakhir', 'Expires'), t(lang, 'Segera berakhir', 'Expiring')],
        agreementRows.map((a) => [String(a.title), String(a.reference ?? ''), String(a.expiresOn ?? '–'), a.expiresOn && String(a.expiresOn) <= soon ? t(lang, 'Ya', 'Yes') : '']),
        [4, 1.5, 1.2, 1],
      );

      r.heading(t(lang, 'Komitmen dan tindak lanjut terlambat per lembaga', 'Commitments and action items overdue by agency'));
      const byAgency = new Map<string, { commitments: number; actions: number }>();
      for (const c of overdueCommitments) {
        const e = byAgency.get(String(c.agency)) ?? { commitments: 0, actions: 0 };
        e.commitments += 1;
        byAgency.set(String(c.agency), e);
      }
      for (const s of now.agencyActionStats ?? []) {
        if (!s.overdue) continue;
        const e = byAgency.get(s.agency.name) ?? { commitments: 0, actions: 0 };
        e.actions += s.overdue;
        byAgency.set(s.agency.name, e);
      }
      r.table(
        [t(lang, 'Lembaga', 'Agency'), t(lang, 'Komitmen terlambat', 'Commitments overdue'), t(lang, 'Tindak lanjut terlambat', 'Action items overdue')],
        [...byAgency.entries()].sort((a, b) => b[1].actions + b[1].commitments - (a[1].actions + a[1].commitments)).map(([name, e]) => [name, String(e.commitments), String(e.actions)]),
        [4, 1.5, 1.5],
      );

      r.heading(t(lang, 'Rapat yang diadakan', 'Meetings held'));
      r.table([t(lang, 'Tanggal', 'Date'), t(lang, 'Rapat', 'Meeting')], meetings.map((m) => [String(m.heldOn), String(m.title)]), [1, 4]);

      r.heading(t(lang, 'Angka kasus', 'Case figures'));
      r.para(t(lang, `Angka 1 sampai ${MIN_SHOWN - 1} ditampilkan sebagai "disembunyikan" sesuai aturan penyembunyian angka kecil.`, `Counts from 1 to ${MIN_SHOWN - 1} are shown as "withheld" under the small-number rule.`));
      r.table(
        [t(lang, 'Angka', 'Figure'), t(lang, 'Nilai', 'Value')],
        [
          [t(lang, 'Kasus dilaporkan', 'Cases reported'), caseCount(now.casesReported, lang)],
          ...now.casesByIssueArea.map((c) => [enumLabel('IssueArea', c.issueArea, lang), caseCount(c.count, lang)]),
          ...now.casesByOutcome.map((c) => [enumLabel('CaseOutcome', c.outcome, lang), caseCount(c.count, lang)]),
          [t(lang, 'Median hari ke layanan pertama', 'Median days to first service'), num(now.medianDaysToFirstService, 1)],
          [t(lang, 'Rujukan diterima', 'Referral acceptance'), pct(now.referralAcceptanceRate)],
          [t(lang, 'Kasus lintas sektor', 'Multi-sector cases'), pct(now.multiSectorCaseRate)],
        ],
        [3, 1],
      );
      r.heading(t(lang, 'Rekomendasi dan statusnya', 'Recommendations and their status'));
      r.table(
        [t(lang, 'Rekomendasi', 'Recommendation'), t(lang, 'Penerbit', 'Issuer'), t(lang, 'Diterbitkan', 'Issued'), t(lang, 'Status', 'Status'), t(lang, 'Tenggat jawaban', 'Response due')],
        recommendations.map((m) => [
          String(m.title),
          String(m.issuer),
          String(m.issuedOn),
          enumLabel('RecommendationStatus', String(m.status), lang),
          String(m.responseDueOn ?? '–'),
        ]),
        [3, 2, 1, 1.3, 1],
      );
      definitions(r);
      r.footers(place, period, generatedAt, viewer);
      await auditFileEvent(ctx, 'export', `report/province/${code}`, { format: 'pdf', filters: filter }, code);
      r.doc.end();
      await finished(out);
    },
  };
}

/** `GET /report/national.pdf`: the province table and ranking, and the national trend. */
export function prepareNationalReport(ctx: Context, query: Record<string, unknown>): PreparedReport {
  const viewer = requireViewer(ctx);
  const { period, lang, filter } = periodOf(ctx, query);
  return {
    filename: `report-national-${period.from}-${period.to}.pdf`,
    async write(out, onStart) {
      const generatedAt = new Date();
      const national = await nationalMetrics(ctx, period);
      const trend = await metricsTrend(ctx, null, trendFrom(period), period.to);
      onStart();
      const r = new Report(lang);
      r.doc.pipe(out);
      const place = 'Nasional';
      r.doc.font('bold').fontSize(18).text(t(lang, 'Laporan Nasional', 'National report'));
      r.doc.font('body').fontSize(10).text(`${t(lang, 'Periode', 'Period')}: ${period.from} – ${period.to} · ${t(lang, 'per', 'as of')} ${period.asOf}`);
      r.heading(t(lang, 'Angka utama', 'Headline figures'));
      r.table(
        [t(lang, 'Angka', 'Figure'), t(lang, 'Nilai', 'Value')],
        [
          [t(lang, 'Tindak lanjut terlambat', 'Action items overdue'), String(national.actionsOverdue)],
          [t(lang, 'Kasus dilaporkan', 'Cases reported'), caseCount(national.casesReported, lang)],
        ],
        [3, 1],
      );
      r.heading(t(lang, 'Tren nasional', 'National trend'));
      trendChart(r, trend);
      r.heading(t(lang, 'Provinsi menurut indeks koordinasi', 'Provinces by coordination index'));
      const ranked = [...national.provinces].sort((a, b) => (b.coordinationIndex ?? -1) - (a.coordinationIndex ?? -1) || a.provinceCode.localeCompare(b.provinceCode));
      r.table(
        ['#', t(lang, 'Provinsi', 'Province'), t(lang, 'Indeks', 'Index'), t(lang, 'Kesepakatan', 'Agreements'), t(lang, 'Terlambat', 'Overdue'), t(lang, 'Tepat waktu', 'On time'), t(lang, 'Kasus', 'Cases')],
        ranked.map((m, i) => [
          String(i + 1),
          referenceData().province(m.provinceCode)?.name ?? m.provinceCode,
          num(m.coordinationIndex, 1),
          String(m.activeAgreements),
          String(m.actionsOverdue),
          pct(m.onTimeCompletionRate),
          caseCount(m.casesReported, lang),
        ]),
        [0.5, 3, 1, 1, 1, 1, 1],
      );
      definitions(r);
      r.footers(place, period, generatedAt, viewer);
      await auditFileEvent(ctx, 'export', 'report/national', { format: 'pdf', filters: filter }, null);
      r.doc.end();
      await finished(out);
    },
  };
}

function finished(out: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    if (out.writableFinished) return resolve();
    out.once('finish', resolve);
    out.once('close', resolve);
    out.once('error', reject);
  });
}
