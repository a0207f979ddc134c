import type { FieldError } from './field-error';

/** Lists give at most this many records per page (`first`, default DEFAULT_PAGE_SIZE). */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 50;

/** What is wrong with a page size, or null when it is one a list accepts. */
export function pageSizeProblem(n: unknown): FieldError | null {
  return Number.isInteger(n) && (n as number) >= 1 && (n as number) <= MAX_PAGE_SIZE
    ? null
    : { code: 'OUT_OF_RANGE', message: `must be between 1 and ${MAX_PAGE_SIZE}`, min: 1, max: MAX_PAGE_SIZE };
}
