import { randomInt } from 'node:crypto';

/**
 * Case codes: `<ISO 3166-2:ID province code>-<year reported>-<6 random characters>`, e.g.
 * `NB-2026-K7QM3T`. They carry no sequence, so a code tells nothing about how many cases came
 * before it. The characters leave out those read or typed for one another (0/O, 1/I/L) and U.
 * Codes are unique (a database constraint); a new one that is taken is drawn again.
 * Codes written before this rule (`NB-2026-000123`) stay as they are.
 */
export const CASE_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CASE_CODE_LENGTH = 6;
/** Draws before giving up: with 30^6 codes per province and year, a second draw is already rare. */
export const CASE_CODE_ATTEMPTS = 8;

/** A code as the hub writes it now. */
export const CASE_CODE_PATTERN = new RegExp(`^[A-Z]{2}-\\d{4}-[${CASE_CODE_ALPHABET}]{${CASE_CODE_LENGTH}}$`);

/**
 * Where the random characters come from: `index(n)` is a uniform integer in [0, n). Crypto
 * randomness in the hub; the demo data passes its seeded generator. Replaceable so a test can
 * force a collision.
 */
export const caseCodeRandom = { index: (n: number) => randomInt(n) };

export function caseCode(isoCode: string, year: number, index: (n: number) => number = caseCodeRandom.index): string {
  let suffix = '';
  for (let i = 0; i < CASE_CODE_LENGTH; i++) suffix += CASE_CODE_ALPHABET[index(CASE_CODE_ALPHABET.length)];
  return `${isoCode}-${year}-${suffix}`;
}

/**
 * The SQL twin of caseCode for bulk generation (seed data): `row` must be a column of the row
 * being generated, so the subquery is evaluated per row rather than once.
 */
export function caseCodeSql(isoExpr: string, yearExpr: string, row: string): string {
  return `(${isoExpr} || '-' || ${yearExpr} || '-' || (select string_agg(substr('${CASE_CODE_ALPHABET}',
    1 + floor(random() * ${CASE_CODE_ALPHABET.length})::int, 1), '') from generate_series(1, ${CASE_CODE_LENGTH} + 0 * ${row})))`;
}
