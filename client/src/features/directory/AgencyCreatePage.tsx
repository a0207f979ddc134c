import { useNavigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { useViewer } from '../../session/session';
import { PageHeader } from '../../ui/page';
import { useFormErrors } from '../../ui/form';
import { CreateAgencyDocument } from './operations.generated';
import { AgencyForm, EMPTY_AGENCY, createAgencyInput } from './AgencyForm';
import { ForbiddenPage } from '../../ui/refusals';

/** Adds an agency to the directory: ADMIN anywhere, a COORDINATOR in their own province. */
export default function AgencyCreatePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { viewer, permissions } = useViewer();
  const errors = useFormErrors();
  const [create, { loading }] = useMutation(CreateAgencyDocument);
  const back = { to: '/agencies', label: t('nav.agencies') };

  if (!permissions.canCreateAgency)
    return <ForbiddenPage title={t('directory.addAgency')} back={back} />;

  const lockedProvince = permissions.managedProvince ? viewer.province : null;
  return (
    <>
      <PageHeader title={t('directory.addAgency')} back={back} />
      <AgencyForm
        mode="create"
        initial={EMPTY_AGENCY}
        lockedProvince={lockedProvince}
        allowNational={permissions.canCreateNationalAgency}
        errors={errors}
        saving={loading}
        onCancel={() => navigate('/agencies')}
        onSubmit={async (v) => {
          errors.clear();
          try {
            const res = await create({ variables: { input: createAgencyInput(v) } });
            if (res.data) navigate(`/agencies/${res.data.createAgency.id}`, { state: { created: true } });
          } catch (err) {
            errors.set(err);
          }
        }}
      />
    </>
  );
}
