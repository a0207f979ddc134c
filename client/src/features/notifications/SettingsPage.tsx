import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { PageHeader } from '../../ui/page';
import { QueryView } from '../../ui/states';
import { FormAlert, useFormErrors } from '../../ui/form';
import type { EmailFrequency, Language } from '../../gql/schema-types';
import { MyNotificationSettingsDocument, UpdateNotificationSettingsDocument } from './operations.generated';

const FREQUENCIES: EmailFrequency[] = ['OFF', 'IMMEDIATE', 'DAILY', 'WEEKLY'];
const LANGUAGES: Language[] = ['ID', 'EN'];

export default function SettingsPage() {
  const { t } = useI18n();
  const q = useQuery(MyNotificationSettingsDocument, { fetchPolicy: 'network-only' });
  return (
    <>
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />
      <QueryView data={q.data} error={q.error} loading={q.loading} retry={() => void q.refetch()}>
        {(d) => (d.me ? <SettingsForm current={d.me.notificationSettings} /> : null)}
      </QueryView>
    </>
  );
}

function SettingsForm({ current }: { current: { email: EmailFrequency; language: Language } }) {
  const { t } = useI18n();
  const [email, setEmail] = useState<EmailFrequency>(current.email);
  const [language, setLanguage] = useState<Language>(current.language);
  const [saved, setSaved] = useState(false);
  const errors = useFormErrors();
  const [save, state] = useMutation(UpdateNotificationSettingsDocument);
  useEffect(() => setSaved(false), [email, language]);

  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    errors.clear();
    save({ variables: { input: { email, language } } })
      .then(() => setSaved(true))
      .catch((err: unknown) => errors.set(err));
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormAlert errors={errors} fieldLabels={{ email: t('settings.email'), language: t('settings.language') }} />
      <fieldset className="radio-group">
        <legend>{t('settings.email')}</legend>
        {FREQUENCIES.map((f) => (
          <label key={f} className="radio">
            <input type="radio" name="email" value={f} checked={email === f} onChange={() => setEmail(f)} />
            {t(`settings.freq.${f}` as MessageKey)}
          </label>
        ))}
      </fieldset>
      <fieldset className="radio-group">
        <legend>{t('settings.language')}</legend>
        {LANGUAGES.map((l) => (
          <label key={l} className="radio" lang={l.toLowerCase()}>
            <input type="radio" name="language" value={l} checked={language === l} onChange={() => setLanguage(l)} />
            {t(`settings.lang.${l}` as MessageKey)}
          </label>
        ))}
        <p className="muted small">{t('settings.alsoDashboard')}</p>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={state.loading}>
          {t('settings.save')}
        </button>
        {saved && (
          <span className="notice-inline" role="status">
            {t('settings.saved')}
          </span>
        )}
      </div>
    </form>
  );
}
