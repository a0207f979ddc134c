import { Link } from 'react-router';
import type { I18n, MessageKey } from '../../i18n/i18n';
import type { NotificationItemFragment } from './operations.generated';

const agencyName = (a: { name: string; acronym?: string | null } | null | undefined) => (a ? (a.acronym ?? a.name) : '–');

/**
 * A notification in words, in the reader's language, with the link to the record it is
 * about; null link when the record can no longer be read (the API answers it as null).
 */
export function describeNotification(n: NotificationItemFragment, i18n: I18n): { text: string; to: string | null } {
  const { t, date } = i18n;
  const key = `note.${n.kind}` as MessageKey;
  if (n.actionItem) {
    const a = n.actionItem;
    return { text: t(key, { title: a.title, agency: agencyName(a.agency), date: date(a.dueOn) }), to: `/actions/${a.id}` };
  }
  if (n.commitment) {
    const c = n.commitment;
    return {
      text: t(key, { title: c.description, agency: agencyName(c.agency), agreement: c.agreement.title, date: date(c.dueOn) }),
      to: `/agreements/${c.agreement.id}`,
    };
  }
  if (n.agreement) {
    const a = n.agreement;
    return { text: t(key, { title: a.title, date: date(a.expiresOn) }), to: `/agreements/${a.id}` };
  }
  if (n.referral) {
    const r = n.referral;
    return {
      text: t(key, { code: r.case?.code ?? '–', agency: agencyName(r.fromAgency), to: agencyName(r.toAgency), date: date(r.referredOn) }),
      to: r.case ? `/cases/${r.case.id}` : null,
    };
  }
  if (n.recommendation) {
    const r = n.recommendation;
    return { text: t(key, { title: r.title, date: date(r.responseDueOn) }), to: `/recommendations/${r.id}` };
  }
  return { text: `${t('note.unknown')}: ${t('note.gone')}`, to: null };
}

export function NotificationLink({ n, i18n, onOpen }: { n: NotificationItemFragment; i18n: I18n; onOpen?: () => void }) {
  const { text, to } = describeNotification(n, i18n);
  return to ? (
    <Link to={to} onClick={onOpen}>
      {text}
    </Link>
  ) : (
    <span>{text}</span>
  );
}
