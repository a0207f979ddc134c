import { useNavigate } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { useViewer } from '../../session/session';
import { localForbidden } from '../../lib/errors';
import { PageHeader } from '../../ui/page';
import { ErrorNotice } from '../../ui/states';
import { ActionItemForm } from './ActionItemForm';

export default function ActionCreatePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { permissions } = useViewer();
  return (
    <>
      <PageHeader title={t('actions.new')} back={{ to: '/actions', label: t('nav.actions') }} />
      {permissions.canCreateActionItem ? (
        <ActionItemForm
          headingLevel={null}
          provinceCode={permissions.managedProvince}
          onCancel={() => navigate('/actions')}
          onDone={(id) => navigate(`/actions/${id}`, { state: { created: true } })}
        />
      ) : (
        <ErrorNotice error={localForbidden()} />
      )}
    </>
  );
}
