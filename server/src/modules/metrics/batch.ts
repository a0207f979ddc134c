/**
 * Several read statements of one request sent to PostgreSQL as one statement.
 *
 * A metrics request used to run its statements one after another in a read-only transaction:
 * BEGIN, `set local jit = off`, one statement per group of figures, COMMIT, i.e. 5 to 10 round
 * trips. At 8 concurrent requests on 2 vCPUs the socket writes and wake-ups of those round trips
 * were the largest single item of the hub's CPU profile (writev/writeBuffer, about a quarter of
 * it). A `Batch` collects the statements a request needs (`all`, the same call as `Sql.all`, so
 * the statement builders of metrics.sql.ts serve both) and runs them as the subqueries of one
 * SELECT, each part's rows coming back as a JSON array:
 *
 *   select (select coalesce(json_agg(x), '[]') from (<part 1>) x) as "0", (...) as "1", ...
 *
 * One statement sees one snapshot, so the figures describe the same instant without a
 * REPEATABLE READ transaction. The parts' rows arrive as JSON: every column the parts return is
 * an int, a float8, a boolean, text or an array of those (no bigint, no dates), which JSON
 * carries exactly as the row format did. A part whose row order matters names it (`jsonOrder`),
 * since json_agg is only guaranteed to follow an ORDER BY of its own.
 */
import type { QueryOptions, Sql } from '../../common/sql';

/** What the statement builders need: `Sql` or a `Batch`. */
export interface Reader {
  all<T>(text: string, values?: unknown[], options?: ReaderOptions): Promise<T[]>;
}

export interface ReaderOptions extends QueryOptions {
  /** In a batch, the order of the part's rows, in terms of its output columns (alias `x`), e.g. `x.month`. */
  jsonOrder?: string;
}

interface Part {
  text: string;
  values: unknown[];
  options?: ReaderOptions;
  resolve: (rows: never[]) => void;
  reject: (err: unknown) => void;
}

export class Batch implements Reader {
  private parts: Part[] = [];

  get size() {
    return this.parts.length;
  }

  all<T>(text: string, values: unknown[] = [], options?: ReaderOptions): Promise<T[]> {
    return new Promise<T[]>((resolve, reject) => {
      this.parts.push({ text, values, options, resolve: resolve as (rows: never[]) => void, reject });
    });
  }

  /** The one statement: each part's `$n` renumbered after the parameters of the parts before it. */
  statement(): { text: string; values: unknown[] } {
    const values: unknown[] = [];
    const columns = this.parts.map((part, i) => {
      const offset = values.length;
      values.push(...part.values);
      const text = offset === 0 ? part.text : part.text.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
      const order = part.options?.jsonOrder ? ` order by ${part.options.jsonOrder}` : '';
      return `(select coalesce(json_agg(x${order}), '[]'::json) from (${text}\n) x) as "${i}"`;
    });
    return { text: `select ${columns.join(',\n')}`, values };
  }

  /**
   * Runs the parts collected so far as one statement on `sql` (prepared when every part asked
   * for it) and settles each part's promise. Parts added meanwhile wait for the next run.
   */
  async run(sql: Sql): Promise<void> {
    const parts = this.parts;
    this.parts = [];
    if (parts.length === 0) return;
    const batch = new Batch();
    batch.parts = parts;
    const { text, values } = batch.statement();
    try {
      const row = await sql.maybeOne<Record<string, never[]>>(text, values, { prepare: parts.every((p) => p.options?.prepare) });
      parts.forEach((part, i) => part.resolve(row?.[String(i)] ?? []));
    } catch (err) {
      for (const part of parts) part.reject(err);
      throw err;
    }
  }
}
