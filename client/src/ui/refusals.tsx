import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { localForbidden } from '../lib/errors';
import { PageHeader } from './page';
import { Empty, ErrorNotice } from './states';

type Back = { to: string; label: string };

/** A screen the viewer's permissions rule out before asking the API: its title, the way back, and why not. */
export function ForbiddenPage({ title, back, children }: { title: string; back?: Back; children?: ReactNode }) {
  return (
    <>
      <PageHeader title={title} back={back} />
      <ErrorNotice error={localForbidden()} />
      {children}
    </>
  );
}

/** A record that does not exist (or that the viewer may not see), with the way back to its list. */
export function NotFoundPage({ back, children }: { back: Back; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('error.notFound')} back={back} />
      <Empty>{children}</Empty>
    </>
  );
}
