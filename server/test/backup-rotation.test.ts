import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KEEP_DAILY_BACKUPS, listBackups, rotateBackup } from '../src/ops/backup';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-rotation-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('daily backups', () => {
  it('keep the newest 7, leave other files alone, and are readable by their owner only', async () => {
    fs.writeFileSync(path.join(dir, 'my-own-copy.tar.gz'), 'kept');
    const written: string[] = [];
    for (let day = 1; day <= 10; day++) {
      const now = new Date(Date.UTC(2026, 11, day, 1, 0, 0));
      written.push(await rotateBackup(dir, async () => new TextEncoder().encode(`snapshot of day ${day}`), KEEP_DAILY_BACKUPS, now));
    }
    expect(listBackups(dir)).toEqual(written.slice(3));
    expect(path.basename(written[0])).toBe('hub-20261201T010000Z.tar.gz');
    expect(fs.readFileSync(written[9], 'utf8')).toBe('snapshot of day 10');
    expect(fs.statSync(written[9]).mode & 0o777).toBe(0o600);
    expect(fs.existsSync(path.join(dir, 'my-own-copy.tar.gz'))).toBe(true);
    expect(fs.readdirSync(dir).filter((f) => f.includes('.partial-'))).toEqual([]);
  });
});
