import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../common/logger';

export interface DemoAccount {
  email: string;
  password: string;
  role: string;
  description: string;
}

/** Placeholder until the demo generator lands. */
export async function loadDemoData(_orm: MikroORM, _log: Logger): Promise<DemoAccount[]> {
  return [];
}

export function printDemoAccounts(accounts: DemoAccount[], log: Logger) {
  log.info('Demo accounts:');
  for (const a of accounts) log.info(`  ${a.role.padEnd(12)} ${a.email.padEnd(40)} ${a.password}  ${a.description}`);
}
