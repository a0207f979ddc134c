import { useEffect, useRef, useState, type ReactNode } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useI18n, type MessageKey } from '../i18n/i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { useSession, useViewer, type Permissions, type Viewer } from '../session/session';
import { actsForAgency, homeProvince } from './home';
import { NotificationBell } from '../features/notifications/NotificationBell';

interface NavItem {
  to: string;
  label: MessageKey;
  show: (v: Viewer, p: Permissions) => boolean;
}

const NAV: NavItem[] = [
  { to: '/home', label: 'nav.home', show: (_v, p) => actsForAgency(p) },
  // Every role reads the national figures; case counts are withheld as the API decides.
  { to: '/national', label: 'nav.national', show: () => true },
  { to: '/province', label: 'nav.province', show: (_v, p) => homeProvince(p) !== null },
  { to: '/agreements', label: 'nav.agreements', show: () => true },
  { to: '/meetings', label: 'nav.meetings', show: () => true },
  { to: '/actions', label: 'nav.actions', show: () => true },
  { to: '/recommendations', label: 'nav.recommendations', show: () => true },
  { to: '/cases', label: 'nav.cases', show: (_v, p) => p.canReadCases },
  { to: '/agencies', label: 'nav.agencies', show: () => true },
  { to: '/networks', label: 'nav.networks', show: () => true },
  { to: '/audit', label: 'nav.audit', show: (_v, p) => p.canReadAuditTrail },
  // Imports run the create/update mutations: who may make them may import (api/exports.md).
  { to: '/import', label: 'nav.import', show: (_v, p) => p.importDatasets.length > 0 },
  { to: '/users', label: 'nav.users', show: (_v, p) => p.canManageUsers },
  { to: '/outbox', label: 'nav.outbox', show: (_v, p) => p.canReadEmailOutbox },
  { to: '/notifications', label: 'nav.inbox', show: () => true },
  { to: '/settings', label: 'nav.settings', show: () => true },
];

export function Layout({ children }: { children?: ReactNode }) {
  const { t, e } = useI18n();
  const { signOut } = useSession();
  const { viewer, permissions } = useViewer();
  const [menuOpen, setMenuOpen] = useState(false);
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);

  // Moving between screens closes the phone menu and puts focus on the new page's heading.
  const first = useRef(true);
  useEffect(() => {
    setMenuOpen(false);
    if (first.current) {
      first.current = false;
      return;
    }
    const h = document.getElementById('page-title');
    (h ?? mainRef.current)?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [location.pathname]);

  // The province coordinated; else a member's agency, or the oversight body an OVERSIGHT account issues for.
  const scope = permissions.managedProvince ? viewer.province?.name : viewer.agency ? viewer.agency.acronym ?? viewer.agency.name : null;

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="topbar">
        <button type="button" className="btn menu-button" aria-expanded={menuOpen} aria-controls="main-nav" onClick={() => setMenuOpen((o) => !o)}>
          <span aria-hidden="true">☰ </span>
          {t('nav.menu')}
        </button>
        <span className="brand">{t('app.name')}</span>
        <div className="topbar-user">
          <span className="user-name">
            {viewer.displayName}
            <span className="muted small">
              {' '}
              · {e('Role', viewer.role)}
              {scope ? ` · ${scope}` : ''}
            </span>
          </span>
          <NotificationBell />
          <LanguageSwitch />
          <button type="button" className="btn btn-small" onClick={() => void signOut()}>
            {t('auth.signOut')}
          </button>
        </div>
      </header>
      <div className="shell">
        <nav id="main-nav" className={`sidenav${menuOpen ? ' open' : ''}`} aria-label={t('nav.label')}>
          <ul>
            {NAV.filter((n) => n.show(viewer, permissions)).map((n) => (
              <li key={n.to}>
                <NavLink to={n.to}>{t(n.label)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" ref={mainRef} tabIndex={-1}>
          {children ?? <Outlet />}
        </main>
      </div>
    </div>
  );
}
