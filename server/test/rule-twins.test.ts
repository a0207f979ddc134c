/**
 * The rules written twice on purpose (a TypeScript predicate and its SQL twin, in
 * `<module>.status.ts`) agree on every case, evaluated by PostgreSQL itself; and the shape that
 * keeps single-statement mutations atomic refuses writes before their one statement.
 */
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../src/common/dates';
import { ActionStatus, CommitmentStatus } from '../src/common/enums';
import { isPlainRead, ReadOnlySql } from '../src/common/mutation';
import {
  actionDueSoonSql,
  actionIsDueSoon,
  actionIsOpen,
  actionIsOverdue,
  actionOpenSql,
  actionOverdueSql,
} from '../src/modules/action-item/action-item.status';
import {
  agreementActiveSql,
  agreementExpiringSql,
  agreementIsActive,
  agreementIsExpiring,
  agreementStatus,
  agreementStatusSql,
  expiresWithinSql,
} from '../src/modules/agreement/agreement.status';
import {
  commitmentDueSoonSql,
  commitmentIsDueSoon,
  commitmentIsOpen,
  commitmentIsOverdue,
  commitmentOpenSql,
  commitmentOverdueSql,
} from '../src/modules/commitment/commitment.status';
import { buildActionItem, buildAgency, signIn } from './support/factories';
import { today } from './support/api-helpers';
import { codes, startTestHub, type GqlResult, type TestHub } from './support/harness';

let t: TestHub;

beforeAll(async () => {
  t = await startTestHub();
}, 120_000);

afterAll(async () => {
  await t?.stop();
});

const AS_OF = '2026-06-15';
/** Due dates around every edge the rules have: before, on, just after, at 7 and 14 days, beyond. */
const DUE = [-30, -1, 0, 1, 6, 7, 8, 13, 14, 15, 60].map((n) => addDays(AS_OF, n));

/**
 * Evaluates `conditions` (SQL over the columns of `rows`, a table aliased `x`) for every row,
 * as a boolean that is never null (a WHERE leaves null out, as false).
 */
async function evaluate(rows: Record<string, string | null>[], columns: Record<string, string>, conditions: string[]): Promise<boolean[][]> {
  const names = Object.keys(columns);
  const values: unknown[] = [AS_OF];
  const tuples = rows.map((row) => `(${names.map((n) => `$${values.push(row[n])}::${columns[n]}`).join(', ')})`);
  const result = await t.sql.all<{ r: boolean[] }>(
    `select array[${conditions.map((c) => `coalesce(${c}, false)`).join(', ')}] as r
     from (values ${tuples.join(', ')}) as x(${names.join(', ')})`,
    values,
  );
  return result.map((r) => r.r);
}

describe('action item rules', () => {
  const rows = Object.values(ActionStatus).flatMap((status) => DUE.map((dueOn) => ({ status, due_on: dueOn })));

  it('open, overdue and due soon mean the same in TypeScript and in SQL', async () => {
    const sql = await evaluate(rows, { status: 'text', due_on: 'date' }, [actionOpenSql('x'), actionOverdueSql('x', '$1'), actionDueSoonSql('x', '$1')]);
    const ts = rows.map((r) => {
      const a = { status: r.status, dueOn: r.due_on };
      return [actionIsOpen(a), actionIsOverdue(a, AS_OF), actionIsDueSoon(a, AS_OF)];
    });
    expect(sql).toEqual(ts);
    // The cases are not all alike: each rule holds for some rows and not for others.
    for (let i = 0; i < 3; i++) expect(new Set(ts.map((r) => r[i]))).toEqual(new Set([true, false]));
  });
});

describe('commitment rules', () => {
  const rows = Object.values(CommitmentStatus).flatMap((status) => [...DUE, null].map((dueOn) => ({ status, due_on: dueOn })));

  it('open, overdue and due soon mean the same in TypeScript and in SQL, without a due date too', async () => {
    const sql = await evaluate(rows, { status: 'text', due_on: 'date' }, [
      commitmentOpenSql('x'),
      commitmentOverdueSql('x', '$1'),
      commitmentDueSoonSql('x', '$1'),
      // Overdue is never null: its negation keeps the commitments without a due date.
      `not ${commitmentOverdueSql('x', '$1')}`,
    ]);
    const ts = rows.map((r) => {
      const c = { status: r.status, dueOn: r.due_on };
      return [commitmentIsOpen(c), commitmentIsOverdue(c, AS_OF), commitmentIsDueSoon(c, AS_OF), !commitmentIsOverdue(c, AS_OF)];
    });
    expect(sql).toEqual(ts);
    for (let i = 0; i < 3; i++) expect(new Set(ts.map((r) => r[i]))).toEqual(new Set([true, false]));
  });
});

describe('agreement rules', () => {
  const dates = [null, addDays(AS_OF, -400), addDays(AS_OF, -1), AS_OF, addDays(AS_OF, 1)];
  const rows = dates.flatMap((signedOn) =>
    dates.flatMap((expiresOn) => dates.map((terminatedOn) => ({ signed_on: signedOn, expires_on: expiresOn, terminated_on: terminatedOn }))),
  );

  it('status and active mean the same in TypeScript and in SQL, with an asOf cast or not', async () => {
    const columns = { signed_on: 'date', expires_on: 'date', terminated_on: 'date' };
    const statuses = ['DRAFT', 'ACTIVE', 'EXPIRED', 'TERMINATED'];
    const sql = await evaluate(rows, columns, [
      ...statuses.map((s) => `${agreementStatusSql('x', '$1')} = '${s}'`),
      agreementActiveSql('x', '$1'),
      agreementActiveSql('x', '$1::date'),
    ]);
    const ts = rows.map((r) => {
      const a = { signedOn: r.signed_on, expiresOn: r.expires_on, terminatedOn: r.terminated_on };
      const active = agreementIsActive(a, AS_OF);
      return [...statuses.map((s) => agreementStatus(a, AS_OF) === s), active, active];
    });
    expect(sql).toEqual(ts);
    for (let i = 0; i < statuses.length; i++) expect(ts.some((r) => r[i])).toBe(true);
  });

  it('expiring means the same in TypeScript and in SQL, for the default 90 days and for a given end', async () => {
    const expiries = [null, -1, 0, 1, 29, 30, 31, 89, 90, 91].map((n) => (n === null ? null : addDays(AS_OF, n)));
    const rows = [null, addDays(AS_OF, -400), addDays(AS_OF, 1)].flatMap((signedOn) =>
      [null, AS_OF].flatMap((terminatedOn) => expiries.map((expiresOn) => ({ signed_on: signedOn, expires_on: expiresOn, terminated_on: terminatedOn }))),
    );
    const columns = { signed_on: 'date', expires_on: 'date', terminated_on: 'date' };
    const in30 = `'${addDays(AS_OF, 30)}'`;
    const sql = await evaluate(rows, columns, [
      agreementExpiringSql('x', '$1'),
      agreementExpiringSql('x', '$1', in30),
      // The metrics' form: the expiry half, over the ACTIVE ones.
      `${agreementActiveSql('x', '$1')} and ${expiresWithinSql('x', '$1::date')}`,
    ]);
    const ts = rows.map((r) => {
      const a = { signedOn: r.signed_on, expiresOn: r.expires_on, terminatedOn: r.terminated_on };
      const expiring = agreementIsExpiring(a, AS_OF);
      return [expiring, agreementIsExpiring(a, AS_OF, 30), expiring];
    });
    expect(sql).toEqual(ts);
    expect(new Set(ts.map((r) => r[0]))).toEqual(new Set([true, false]));
    expect(ts.filter((r) => r[0]).length).toBeGreaterThan(ts.filter((r) => r[1]).length);
  });
});

describe('single-statement mutations', () => {
  it('read before their statement through SQL that refuses to write', async () => {
    const audits = () => t.sql.one<{ n: number }>('select count(*)::int as n from audit_event');
    const before = await audits();
    const read = new ReadOnlySql(t.sql);
    expect(await read.one<{ n: number }>('select 1 as n')).toEqual({ n: 1 });
    expect(await read.all('with x as (select 1 as n) select n from x')).toEqual([{ n: 1 }]);
    for (const write of [
      `insert into audit_event (at, action, entity_type, entity_id) values (now(), 'x', 'x', 'x')`,
      `update agency set name = name`,
      `delete from agency`,
      `with d as (delete from agency returning id) select * from d`,
      `with d as materialized (update agency set name = name returning id) select * from d`,
    ]) {
      expect(isPlainRead(write)).toBe(false);
      await expect(read.all(write)).rejects.toThrow(/Not a plain read/);
    }
    expect(await audits()).toEqual(before);
  });

  it('updateActionItem reads once and writes with one statement, whatever it changes', async () => {
    const agency = await buildAgency(t.sql, { name: 'Polres Twins', provinceCode: '52' });
    const coordinator = await signIn(t, 'COORDINATOR', { provinceCode: '52' });
    const { id } = await buildActionItem(t.sql, { agencyId: agency.id, openedOn: addDays(today(), -10), dueOn: addDays(today(), 10) });
    const update = (input: Record<string, unknown>) =>
      t.gql(`mutation($id: ID!, $in: UpdateActionItemInput!) { updateActionItem(id: $id, input: $in) { version } }`, { id, in: input }, coordinator.token);
    const statements = (res: GqlResult) => {
      expect(codes(res)).toEqual([]);
      return res.extensions?.sqlStatements;
    };
    // A change: the item read, then the statement that writes it, its history and its audit event.
    expect(statements(await update({ version: 1, status: 'DONE', note: 'selesai' }))).toBe(2);
    // Nothing changed: the item read, then the audit event alone.
    expect(statements(await update({ version: 2 }))).toBe(2);
    expect((await t.sql.one<{ n: number }>('select count(*)::int as n from action_update where action_item_id = $1', [id])).n).toBe(1);
    const events = await t.sql.all<{ changes: unknown }>(
      `select changes from audit_event where action = 'updateActionItem' and entity_id = $1 order by id`,
      [String(id)],
    );
    expect(events.map((e) => e.changes === null)).toEqual([false, true]);
    // A stale version is refused after the read, before any write.
    const stale = await update({ version: 1, title: 'Terlambat' });
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(stale.extensions?.sqlStatements).toBe(1);
  });
});
