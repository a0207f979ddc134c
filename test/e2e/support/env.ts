import { inject } from 'vitest';

export type RoleKey = 'admin' | 'oversight' | 'coordinator' | 'member';

export interface Account {
  role: 'ADMIN' | 'OVERSIGHT' | 'COORDINATOR' | 'MEMBER';
  email: string;
  password: string;
  description: string;
}

/** What the global set-up learned about the running hub and its demo accounts. */
export interface E2EContext {
  baseUrl: string;
  accounts: Record<RoleKey, Account>;
  /** Every account the hub printed, for tests that need another one. */
  allAccounts: Account[];
  /** Storage state (session cookie, language) per role, saved after signing in once. */
  statePaths: Record<RoleKey, string>;
  /** The member's agency and province: the member has overdue items there. */
  member: { agencyId: string; agencyName: string; provinceCode: string };
  coordinator: { provinceCode: string; provinceName: string };
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: E2EContext;
  }
}

export function e2e(): E2EContext {
  return inject('e2e');
}
