import { useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';

/** A confirmation of what just happened, announced politely; nothing when there is none. */
export function SuccessNotice({ children }: { children: ReactNode }) {
  if (!children) return null;
  return (
    <div className="notice notice-success" role="status">
      {children}
    </div>
  );
}

/**
 * A page's notice state, starting with `message` when the page that navigated here set
 * `flag` in the navigation state (`navigate(to, { state: { created: true } })`).
 */
export function useArrivalNotice(flag: string, message: string) {
  const location = useLocation();
  return useState<string | null>((location.state as Record<string, unknown> | null)?.[flag] ? message : null);
}
