import type { DocumentNode } from 'graphql';
import {
  ProvinceDashboardDocument,
  ProvinceOverdueActionsDocument,
  ProvincePreviousDocument,
} from '../features/province/operations.generated';

/**
 * The operations a screen needs first, which main.tsx sends while the app's code is still
 * downloading (see prefetch.ts). Read by vite.config.ts at build time, which prints them into
 * `virtual:prefetch-queries`; nothing in the app imports this file, so the documents stay in
 * their screens' chunks.
 */
export const PREFETCH_DOCUMENTS = {
  ProvinceDashboard: ProvinceDashboardDocument,
  ProvincePrevious: ProvincePreviousDocument,
  ProvinceOverdueActions: ProvinceOverdueActionsDocument,
} satisfies Record<string, DocumentNode>;

export type PrefetchName = keyof typeof PREFETCH_DOCUMENTS;
