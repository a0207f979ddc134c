import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

/**
 * A table that may be wider than the screen. When it is, the wrapper becomes a labelled,
 * focusable scroll region (keyboard users can scroll it; screen readers hear its name, the
 * table's caption) and shows that it scrolls: a shadow at the edge and the words "scroll
 * sideways". When it fits, it is a plain box and no extra tab stop.
 */
export function TableWrap({ children, className }: { children: ReactNode; className?: string }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  const [label, setLabel] = useState<string | undefined>(undefined);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => {
      setScrolls(el.scrollWidth > el.clientWidth + 1);
      setLabel(el.querySelector('caption')?.textContent?.trim() || undefined);
    };
    check();
    const observer = new ResizeObserver(check);
    observer.observe(el);
    const table = el.firstElementChild;
    if (table) observer.observe(table);
    return () => observer.disconnect();
  }, []);
  return (
    <>
      <div
        ref={ref}
        className={`table-wrap${scrolls ? ' table-wrap-scrolls' : ''}${className ? ` ${className}` : ''}`}
        {...(scrolls ? { role: 'region', tabIndex: 0, 'aria-label': label ?? t('table.scrollRegion') } : {})}
      >
        {children}
      </div>
      {scrolls && (
        <p className="scroll-hint muted small" aria-hidden="true">
          {t('table.scrollHint')}
        </p>
      )}
    </>
  );
}
