import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';

/**
 * Renders `children` only once the placeholder comes near the viewport, so a chart's code
 * (recharts) is downloaded when a chart scrolls into view, not with the page. The placeholder
 * keeps `minHeight` so nothing jumps when the chart arrives.
 */
export function WhenVisible({ children, minHeight = 320, margin = '600px' }: { children: ReactNode; minHeight?: number; margin?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (visible || !ref.current) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setVisible(true);
          observer.disconnect();
        }
      },
      { rootMargin: margin },
    );
    observer.observe(ref.current);
    return () => observer.disconnect();
  }, [visible, margin]);
  if (visible) return <>{children}</>;
  return <div ref={ref} className="when-visible" style={{ minHeight }} />;
}

const PHONE = '(max-width: 599.98px)';

/** True below 600 px, where every page starts with what the viewer acts on. */
export function usePhone(): boolean {
  return useSyncExternalStore(
    (notify) => {
      const mq = window.matchMedia(PHONE);
      mq.addEventListener('change', notify);
      return () => mq.removeEventListener('change', notify);
    },
    () => window.matchMedia(PHONE).matches,
    () => false,
  );
}
