import { Language, NotificationKind } from '../notification.enums';

/**
 * Every sentence of the hub's e-mails, in Bahasa Indonesia and English. Each message is a
 * whole sentence with named placeholders ({title}, {agency}, {date}, {count}, {url}); code
 * fills them in and never joins fragments into sentences.
 */
export interface EmailMessages {
  subjectOne: string;
  subjectMany: string;
  intro: string;
  /** One line per kind. A referral names the case by its code ({title}) and the referring agency. */
  item: Record<NotificationKind, string>;
  open: string;
  more: string;
  inbox: string;
  settings: string;
}

export const EMAIL_CATALOGUE: Record<Language, EmailMessages> = {
  [Language.ID]: {
    subjectOne: 'Pantau Jejaring: 1 pemberitahuan baru',
    subjectMany: 'Pantau Jejaring: {count} pemberitahuan baru',
    intro: 'Berikut hal-hal yang perlu Anda ketahui atau tindak lanjuti di Pantau Jejaring.',
    item: {
      [NotificationKind.ACTION_ASSIGNED]: 'Tindak lanjut baru untuk {agency}: "{title}", tenggat {date}.',
      [NotificationKind.ACTION_DUE_SOON]: 'Tindak lanjut "{title}" ({agency}) jatuh tempo pada {date}.',
      [NotificationKind.ACTION_OVERDUE]: 'Tindak lanjut "{title}" ({agency}) telah melewati tenggat {date}.',
      [NotificationKind.ACTION_ESCALATED]:
        'Eskalasi: tindak lanjut "{title}" ({agency}) belum selesai 14 hari atau lebih setelah tenggat {date}.',
      [NotificationKind.COMMITMENT_DUE_SOON]: 'Komitmen "{title}" ({agency}) jatuh tempo pada {date}.',
      [NotificationKind.COMMITMENT_OVERDUE]: 'Komitmen "{title}" ({agency}) telah melewati tenggat {date}.',
      [NotificationKind.AGREEMENT_EXPIRING]: 'Kesepakatan "{title}" akan berakhir pada {date}.',
      [NotificationKind.REFERRAL_RECEIVED]: 'Kasus {title} dirujuk ke lembaga Anda oleh {agency} pada {date}.',
      [NotificationKind.REFERRAL_STALE]: 'Rujukan kasus {title} dari {agency} belum ditanggapi sejak {date}.',
      [NotificationKind.RECOMMENDATION_RECEIVED]: 'Rekomendasi baru dari {agency} untuk provinsi Anda: "{title}" ({date}).',
      [NotificationKind.RECOMMENDATION_RESPONSE_DUE]: 'Rekomendasi "{title}" dari {agency} perlu dijawab paling lambat {date}.',
      [NotificationKind.RECOMMENDATION_RESPONDED]: 'Provinsi telah menjawab rekomendasi {agency} "{title}" pada {date}.',
    },
    open: 'Buka: {url}',
    more: 'Dan {count} pemberitahuan lainnya di kotak masuk Anda: {url}',
    inbox: 'Semua pemberitahuan Anda: {url}',
    settings: 'Anda menerima e-mail ini sesuai pengaturan pemberitahuan Anda. Ubah frekuensi atau bahasanya di {url}',
  },
  [Language.EN]: {
    subjectOne: 'Pantau Jejaring: 1 new notification',
    subjectMany: 'Pantau Jejaring: {count} new notifications',
    intro: 'Here is what you need to know or act on in Pantau Jejaring.',
    item: {
      [NotificationKind.ACTION_ASSIGNED]: 'New action item for {agency}: "{title}", due {date}.',
      [NotificationKind.ACTION_DUE_SOON]: 'Action item "{title}" ({agency}) is due on {date}.',
      [NotificationKind.ACTION_OVERDUE]: 'Action item "{title}" ({agency}) is past its due date of {date}.',
      [NotificationKind.ACTION_ESCALATED]:
        'Escalation: action item "{title}" ({agency}) has been overdue for 14 days or more (due {date}).',
      [NotificationKind.COMMITMENT_DUE_SOON]: 'Commitment "{title}" ({agency}) is due on {date}.',
      [NotificationKind.COMMITMENT_OVERDUE]: 'Commitment "{title}" ({agency}) is past its due date of {date}.',
      [NotificationKind.AGREEMENT_EXPIRING]: 'Agreement "{title}" expires on {date}.',
      [NotificationKind.REFERRAL_RECEIVED]: 'Case {title} was referred to your agency by {agency} on {date}.',
      [NotificationKind.REFERRAL_STALE]: 'The referral of case {title} from {agency} has awaited a response since {date}.',
      [NotificationKind.RECOMMENDATION_RECEIVED]: 'New recommendation from {agency} to your province: "{title}" ({date}).',
      [NotificationKind.RECOMMENDATION_RESPONSE_DUE]: 'The recommendation "{title}" from {agency} needs an answer by {date}.',
      [NotificationKind.RECOMMENDATION_RESPONDED]: 'The province answered the {agency} recommendation "{title}" on {date}.',
    },
    open: 'Open: {url}',
    more: 'And {count} more notifications in your inbox: {url}',
    inbox: 'All your notifications: {url}',
    settings: 'You receive this e-mail because of your notification settings. Change how often or in which language at {url}',
  },
};

/** Fills a message's placeholders; `escape` is applied to every value (HTML). */
export function fill(message: string, values: Record<string, string | number>, escape: (s: string) => string = (s) => s): string {
  return message.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`Missing value for {${name}}`);
    return escape(String(values[name]));
  });
}
