import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { PageHeader } from '../../ui/page';
import { QueryView } from '../../ui/states';
import { useFormErrors } from '../../ui/form';
import type { UpdateAgreementInput } from '../../gql/schema-types';
import { AgreementDocument, UpdateAgreementDocument } from './operations.generated';
import { AgreementForm, EMPTY_AGREEMENT, agreementInput } from './AgreementForm';
import { ForbiddenPage, NotFoundPage } from '../../ui/refusals';

export default function AgreementEditPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const q = useQuery(AgreementDocument, { variables: { id }, fetchPolicy: 'network-only' });
  const errors = useFormErrors();
  const [update, { loading }] = useMutation(UpdateAgreementDocument);

  return (
    <QueryView data={q.data} error={q.error} loading={q.loading} retry={() => void q.refetch()}>
      {(d) => {
        const a = d.agreement;
        if (!a)
          return <NotFoundPage back={{ to: '/agreements', label: t('nav.agreements') }}>{t('agreements.notFound')}</NotFoundPage>;
        const back = { to: `/agreements/${a.id}`, label: a.title };
        if (!a.viewerCanUpdate)
          return <ForbiddenPage title={t('agreements.edit')} back={back} />;
        const initial = {
          ...EMPTY_AGREEMENT,
          title: a.title,
          reference: a.reference ?? '',
          kind: a.kind,
          issueAreas: [...a.issueAreas],
          provinceCode: a.province?.code ?? '',
          partyIds: a.parties.map((p) => p.id),
          signedOn: a.signedOn ?? '',
          expiresOn: a.expiresOn ?? '',
          terminatedOn: a.terminatedOn ?? '',
        };
        return (
          <>
            <PageHeader title={t('agreements.editTitle', { title: a.title })} back={back} />
            <AgreementForm
              mode="edit"
              initial={initial}
              provinceLocked
              errors={errors}
              saving={loading}
              onCancel={() => navigate(`/agreements/${a.id}`)}
              onSubmit={async (v) => {
                errors.clear();
                const all = agreementInput(v);
                const input: UpdateAgreementInput = {
                  title: all.title,
                  reference: all.reference,
                  issueAreas: all.issueAreas,
                  partyIds: all.partyIds,
                  signedOn: all.signedOn,
                  expiresOn: all.expiresOn,
                  terminatedOn: all.terminatedOn,
                };
                try {
                  await update({ variables: { id: a.id, input } });
                  navigate(`/agreements/${a.id}`);
                } catch (err) {
                  errors.set(err);
                }
              }}
            />
          </>
        );
      }}
    </QueryView>
  );
}
