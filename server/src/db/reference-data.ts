import fs from 'node:fs';
import path from 'node:path';
import type { Sql } from '../common/sql';

/**
 * ISO 3166-2:ID subdivision codes by Kemendagri province code. idn-area-data does not
 * carry them; the hub uses them as the prefix of pseudonymous case codes (KB-2026-K7QM3T).
 */
export const PROVINCE_ISO: Record<string, string> = {
  '11': 'AC', '12': 'SU', '13': 'SB', '14': 'RI', '15': 'JA', '16': 'SS', '17': 'BE', '18': 'LA',
  '19': 'BB', '21': 'KR', '31': 'JK', '32': 'JB', '33': 'JT', '34': 'YO', '35': 'JI', '36': 'BT',
  '51': 'BA', '52': 'NB', '53': 'NT', '61': 'KB', '62': 'KT', '63': 'KS', '64': 'KI', '65': 'KU',
  '71': 'SA', '72': 'ST', '73': 'SN', '74': 'SG', '75': 'GO', '76': 'SR', '81': 'MA', '82': 'MU',
  '91': 'PA', '92': 'PB', '93': 'PS', '94': 'PT', '95': 'PE', '96': 'PD',
};

const KEEP_UPPER = new Set(['DKI', 'DI']);
const KEEP_LOWER = new Set(['DAN']);

/** "KABUPATEN PANGKAJENE DAN KEPULAUAN" -> "Kabupaten Pangkajene dan Kepulauan". */
export function titleCase(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .map((word, i) => {
      if (KEEP_UPPER.has(word)) return word;
      if (i > 0 && KEEP_LOWER.has(word)) return word.toLowerCase();
      return word
        .toLowerCase()
        .replace(/(^|[-(.'])([a-z])/g, (_, sep: string, ch: string) => sep + ch.toUpperCase());
    })
    .join(' ');
}

function readCsv(file: string): string[][] {
  const text = fs.readFileSync(file, 'utf8');
  const [, ...rows] = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  return rows.map((line) => line.split(','));
}

function dataDir(): string {
  return path.join(path.dirname(require.resolve('idn-area-data/package.json')), 'data');
}

/** Reads the 38 provinces and 514 regencies/cities from idn-area-data's CSV files. */
export function readReferenceData() {
  const dir = dataDir();
  const provinces = readCsv(path.join(dir, 'provinces.csv')).map(([code, name]) => {
    const isoCode = PROVINCE_ISO[code];
    if (!isoCode) throw new Error(`No ISO code known for province ${code} (${name})`);
    return { code, name: titleCase(name), isoCode };
  });
  const regencies = readCsv(path.join(dir, 'regencies.csv')).map(([code, provinceCode, name]) => ({
    code,
    provinceCode,
    name: titleCase(name),
  }));
  return { provinces, regencies };
}

/** Loads provinces and regencies that are missing; returns how many rows were added. */
export async function loadReferenceData(sql: Sql): Promise<{ provinces: number; regencies: number }> {
  const { provinces, regencies } = readReferenceData();
  const p = await sql.all<{ code: string }>(
    `insert into province (code, name, iso_code)
     select * from unnest($1::text[], $2::text[], $3::text[])
     on conflict (code) do nothing returning code`,
    [provinces.map((x) => x.code), provinces.map((x) => x.name), provinces.map((x) => x.isoCode)],
  );
  const r = await sql.all<{ code: string }>(
    `insert into regency (code, province_code, name)
     select * from unnest($1::text[], $2::text[], $3::text[])
     on conflict (code) do nothing returning code`,
    [regencies.map((x) => x.code), regencies.map((x) => x.provinceCode), regencies.map((x) => x.name)],
  );
  return { provinces: p.length, regencies: r.length };
}
