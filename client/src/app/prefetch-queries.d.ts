/** Written by vite.config.ts from src/app/prefetch-documents.ts: operation name → text as Apollo Client sends it. */
declare module 'virtual:prefetch-queries' {
  export const queries: Record<string, string>;
}
