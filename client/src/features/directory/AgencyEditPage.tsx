import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import type { UpdateAgencyInput } from '../../gql/schema-types';
import { Facts, PageHeader, Section } from '../../ui/page';
import { ErrorNotice, QueryView } from '../../ui/states';
import { orNull, useFormErrors } from '../../ui/form';
import { ConfirmDialog } from '../../ui/confirm';
import { AgencyDocument, UpdateAgencyDocument, type AgencyDetailFragment } from './operations.generated';
import { AgencyForm } from './AgencyForm';
import { agencyPlace } from './AgencyPicker';
import { ForbiddenPage, NotFoundPage } from '../../ui/refusals';
import { SuccessNotice } from '../../ui/notice';

export default function AgencyEditPage() {
  const { id = '' } = useParams();
  const { t, e } = useI18n();
  const navigate = useNavigate();
  const q = useQuery(AgencyDocument, { variables: { id }, fetchPolicy: 'network-only' });
  const errors = useFormErrors();
  const [update, { loading }] = useMutation(UpdateAgencyDocument);

  return (
    <QueryView data={q.data} error={q.error} loading={q.loading} retry={() => void q.refetch()}>
      {(d) => {
        const a = d.agency;
        if (!a)
          return <NotFoundPage back={{ to: '/agencies', label: t('nav.agencies') }}>{t('directory.agencyNotFound')}</NotFoundPage>;
        const back = { to: `/agencies/${a.id}`, label: a.name };
        if (!a.viewerCanUpdate)
          return <ForbiddenPage title={t('directory.editAgency')} back={back} />;
        return (
          <>
            <PageHeader title={t('directory.editAgencyTitle', { name: a.name })} back={back} />
            <AgencyForm
              mode="edit"
              initial={{ name: a.name, acronym: a.acronym ?? '', sector: a.sector, level: a.level, provinceCode: a.province?.code ?? '', regencyCode: a.regency?.code ?? '' }}
              allowNational={false}
              place={
                <div className="field">
                  <Facts
                    items={[
                      [t('directory.level'), e('AgencyLevel', a.level)],
                      [t('directory.location'), agencyPlace(a, t)],
                    ]}
                  />
                  <p className="field-hint">{t('directory.locationFixed')}</p>
                </div>
              }
              errors={errors}
              saving={loading}
              onCancel={() => navigate(`/agencies/${a.id}`)}
              onSubmit={async (v) => {
                errors.clear();
                const input: UpdateAgencyInput = {};
                if (v.name.trim() !== a.name) input.name = v.name.trim();
                if (orNull(v.acronym) !== a.acronym) input.acronym = orNull(v.acronym);
                if (v.sector !== a.sector) input.sector = v.sector as UpdateAgencyInput['sector'];
                if (Object.keys(input).length === 0) return navigate(`/agencies/${a.id}`);
                try {
                  await update({ variables: { id: a.id, input } });
                  navigate(`/agencies/${a.id}`, { state: { saved: true } });
                } catch (err) {
                  errors.set(err);
                }
              }}
            />
            <AgencyStatus agency={a} />
          </>
        );
      }}
    </QueryView>
  );
}

/** Deactivating takes a confirmation step; reactivating does not. */
function AgencyStatus({ agency }: { agency: AgencyDetailFragment }) {
  const { t } = useI18n();
  const [update, { loading }] = useMutation(UpdateAgencyDocument);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const setActive = async (active: boolean) => {
    setError(null);
    setNotice(null);
    try {
      await update({ variables: { id: agency.id, input: { active } } });
      setConfirming(false);
      setNotice(active ? t('directory.reactivated', { name: agency.name }) : t('directory.deactivated', { name: agency.name }));
    } catch (err) {
      setError(err);
    }
  };

  return (
    <Section title={t('directory.statusSection')}>
      <SuccessNotice>{notice}</SuccessNotice>
      {error && !confirming ? <ErrorNotice error={error} /> : null}
      <p>
        {agency.active ? <span className="badge badge-good">{t('directory.active')}</span> : <span className="badge badge-neutral">{t('directory.inactive')}</span>}{' '}
        {agency.active ? t('directory.activeExplain') : t('directory.inactiveExplain')}
      </p>
      {agency.active ? (
        <button type="button" className="btn btn-danger-outline" onClick={() => (setError(null), setConfirming(true))}>
          {t('directory.deactivate')}
        </button>
      ) : (
        <button type="button" className="btn" disabled={loading} onClick={() => void setActive(true)}>
          {loading ? t('form.saving') : t('directory.reactivate')}
        </button>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('directory.deactivateTitle', { name: agency.name })}
        confirmLabel={t('directory.deactivateConfirm')}
        busy={loading}
        error={error}
        onConfirm={() => void setActive(false)}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('directory.deactivateBody')}</p>
      </ConfirmDialog>
    </Section>
  );
}
