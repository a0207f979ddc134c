import { useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { useViewer } from '../../session/session';
import { PageHeader } from '../../ui/page';
import { ErrorNotice, Loading } from '../../ui/states';
import { useFormErrors } from '../../ui/form';
import { CreateAgreementDocument, MeetingForAgreementDocument } from './operations.generated';
import { AgreementForm, EMPTY_AGREEMENT, agreementInput } from './AgreementForm';
import { ForbiddenPage } from '../../ui/refusals';

export default function AgreementCreatePage() {
  const { t, date } = useI18n();
  const navigate = useNavigate();
  const { viewer, permissions } = useViewer();
  const [params] = useSearchParams();
  const meetingId = params.get('meeting');
  const meeting = useQuery(MeetingForAgreementDocument, { variables: { id: meetingId ?? '' }, skip: !meetingId });
  const errors = useFormErrors();
  const [create, { loading }] = useMutation(CreateAgreementDocument);
  const coordinatorProvince = permissions.managedProvince;

  if (!permissions.canCreateAgreement)
    return <ForbiddenPage title={t('agreements.create')} back={{ to: '/agreements', label: t('nav.agreements') }} />;
  if (meetingId && meeting.loading && !meeting.data) return <Loading />;
  const m = meeting.data?.meeting;
  const initial = {
    ...EMPTY_AGREEMENT,
    kind: m ? 'JOINT_COMMITMENT' : '',
    provinceCode: coordinatorProvince ?? m?.province?.code ?? params.get('province') ?? '',
    networkId: m?.network?.id ?? '',
    meetingId: m?.id ?? '',
    partyIds: m?.attendees.map((a) => a.id) ?? [],
    signedOn: m?.heldOn ?? '',
  };

  return (
    <>
      <PageHeader title={t('agreements.create')} back={{ to: m ? `/meetings/${m.id}` : '/agreements', label: m ? m.title : t('nav.agreements') }} />
      {meeting.error && <ErrorNotice error={meeting.error} compact />}
      <AgreementForm
        mode="create"
        initial={initial}
        provinceLocked={!!coordinatorProvince}
        provinceName={viewer.province?.name}
        meetingLabel={m ? `${m.title} (${date(m.heldOn)})` : undefined}
        errors={errors}
        saving={loading}
        onCancel={() => navigate(-1)}
        onSubmit={async (v) => {
          errors.clear();
          try {
            const { terminatedOn: _ignored, ...input } = agreementInput(v);
            const res = await create({ variables: { input } });
            if (res.data) navigate(`/agreements/${res.data.createAgreement.id}`, { state: { created: true } });
          } catch (err) {
            errors.set(err);
          }
        }}
      />
    </>
  );
}
