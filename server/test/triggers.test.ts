import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpStoredCode, STORED_CODE_COMMAND, STORED_CODE_FILE } from '../src/db/stored-code';
import { startTestHub, type TestHub } from './support/harness';

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(async () => {
  await t?.stop();
});

describe('functions and triggers (src/db/triggers.sql)', () => {
  it(`the committed file holds the migrated database's current definitions (run \`${STORED_CODE_COMMAND}\` after a migration changes one)`, async () => {
    const dumped = await dumpStoredCode(t.sql);
    const committed = fs.readFileSync(STORED_CODE_FILE, 'utf8');
    expect(committed, `src/db/triggers.sql is out of date: run \`${STORED_CODE_COMMAND}\` and commit the result`).toBe(dumped);
  });

  it('lists the trigger functions, the functions they call and the triggers themselves', async () => {
    const dumped = await dumpStoredCode(t.sql);
    for (const name of [
      '-- function hub_refuse_change()',
      '-- function metrics_add_action_deltas(metrics_action_change[])',
      '-- function hub_login_attempt(text[],integer[],integer[],integer[])',
      '-- trigger audit_event.audit_event_append_only',
      '-- trigger action_item.metrics_action_item_update',
    ]) {
      expect(dumped).toContain(`${name}\n`);
    }
    // The definition a later migration replaced is the one dumped (Migration20261122170000_metrics_lock_order).
    const deltas = dumped.slice(dumped.indexOf('-- function metrics_add_action_deltas'));
    expect(deltas.slice(0, deltas.indexOf('\n-- '))).toContain('sum(done) <> 0');
  });
});
