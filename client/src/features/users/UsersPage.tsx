import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { enumOptions } from '../../ui/enum-options';
import { useViewer } from '../../session/session';
import { useListPage } from '../../ui/list-page';
import type { Role } from '../../gql/schema-types';
import { PageHeader, Section } from '../../ui/page';
import { ErrorNotice } from '../../ui/states';
import { PagedTable } from '../../ui/data-table';
import { FormAlert, MIN_PASSWORD_LENGTH, SelectField, TextField, useFormErrors } from '../../ui/form';
import { AgencyName } from '../../ui/badges';
import { ConfirmDialog } from '../../ui/confirm';
import { FilterSelect, ListFilters, SearchFilter } from '../../common/ListFilters';
import { AgencySelect, ProvinceSelect } from '../../common/pickers';
import { CreateUserDocument, UpdateUserDocument, UsersDocument } from './operations.generated';
import { OversightBodiesDocument } from '../recommendations';
import { FormActions } from '../../ui/form-actions';
import { ForbiddenPage } from '../../ui/refusals';
import { SuccessNotice } from '../../ui/notice';

const PAGE = 50;

/** Accounts of the hub (ADMIN only): list, create, deactivate and reactivate. */
export default function UsersPage() {
  const { t, e } = useI18n();
  const { viewer, permissions } = useViewer();
  const { filters: f, clear, bind, pager } = useListPage(['role', 'q'] as const);
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const q = useQuery(UsersDocument, {
    skip: !permissions.canManageUsers,
    variables: { filter: { role: (f.role || null) as Role | null, search: f.q || null }, first: PAGE, after: pager.after },
  });
  const [updateUser, updateState] = useMutation(UpdateUserDocument);
  const [updateError, setUpdateError] = useState<unknown>(null);
  /** The account waiting for "yes, deactivate". */
  const [confirming, setConfirming] = useState<{ id: string; name: string; email: string } | null>(null);

  if (!permissions.canManageUsers)
    return <ForbiddenPage title={t('users.title')} />;

  const setActive = async (id: string, active: boolean, name: string) => {
    setUpdateError(null);
    try {
      await updateUser({ variables: { id, input: { active } } });
      setConfirming(null);
      setNotice(active ? t('users.reactivated', { name }) : t('users.deactivated', { name }));
    } catch (err) {
      setUpdateError(err);
    }
  };

  return (
    <>
      <PageHeader
        title={t('users.title')}
        subtitle={t('users.subtitle')}
        actions={
          !creating && (
            <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
              {t('users.create')}
            </button>
          )
        }
      />
      <SuccessNotice>{notice}</SuccessNotice>
      {updateError && !confirming ? <ErrorNotice error={updateError} /> : null}
      <ConfirmDialog
        open={!!confirming}
        title={t('users.deactivateTitle', { name: confirming?.name ?? '' })}
        confirmLabel={t('users.deactivateConfirm')}
        busy={updateState.loading}
        error={updateError}
        onConfirm={() => confirming && void setActive(confirming.id, false, confirming.name)}
        onCancel={() => {
          setConfirming(null);
          setUpdateError(null);
        }}
      >
        <p>{t('users.deactivateBody', { email: confirming?.email ?? '' })}</p>
      </ConfirmDialog>
      {creating && (
        <Section title={t('users.create')}>
          <CreateUserForm
            onCancel={() => setCreating(false)}
            onDone={(email) => {
              setCreating(false);
              setNotice(t('users.created', { email }));
              void q.refetch();
            }}
          />
        </Section>
      )}
      <ListFilters onClear={clear}>
        <FilterSelect label={t('users.role')} {...bind('role')} options={enumOptions('Role', e)} />
        <SearchFilter label={t('users.search')} {...bind('q')} />
      </ListFilters>
      <PagedTable
        query={q}
        connection={(d) => d.users}
        pager={pager}
        pageSize={PAGE}
        empty={t('users.empty')}
        caption={t('users.title')}
        rowKey={(u) => u.id}
        rowClassName={(u) => (u.active ? undefined : 'row-inactive')}
        columns={[
          { header: t('users.name'), rowHeader: true, cell: (u) => u.displayName },
          { header: t('users.email'), cellClassName: 'mono small', cell: (u) => u.email },
          { header: t('users.role'), cell: (u) => e('Role', u.role) },
          { header: t('users.scope'), cell: (u) => u.province?.name ?? (u.agency ? <AgencyName agency={u.agency} /> : '–') },
          {
            header: t('common.status'),
            cell: (u) => (u.active ? <span className="badge badge-good">{t('users.active')}</span> : <span className="badge badge-neutral">{t('users.inactive')}</span>),
          },
          {
            header: t('common.actions'),
            hideHeader: true,
            cell: (u) =>
              u.id !== viewer.id && (
                <button
                  type="button"
                  className="btn btn-small"
                  disabled={updateState.loading}
                  onClick={() => {
                    setUpdateError(null);
                    if (u.active) setConfirming({ id: u.id, name: u.displayName, email: u.email ?? u.displayName });
                    else void setActive(u.id, true, u.displayName);
                  }}
                >
                  {u.active ? t('users.deactivate') : t('users.reactivate')}
                  <span className="visually-hidden">: {u.displayName}</span>
                </button>
              ),
          },
        ]}
      />
    </>
  );
}

function CreateUserForm({ onDone, onCancel }: { onDone: (email: string) => void; onCancel: () => void }) {
  const { t, e } = useI18n();
  const errors = useFormErrors();
  const [create, { loading }] = useMutation(CreateUserDocument);
  const [v, setV] = useState({ email: '', displayName: '', password: '', role: '', provinceCode: '', agencyProvince: '', agencyId: '' });
  const bodies = useQuery(OversightBodiesDocument, { skip: v.role !== 'OVERSIGHT', fetchPolicy: 'cache-first' });
  const labels: Record<string, string> = {
    email: t('users.email'),
    displayName: t('users.name'),
    password: t('users.password'),
    role: t('users.role'),
    provinceCode: t('users.coordinatedProvince'),
    agencyId: t('users.agency'),
  };
  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    const local: Record<string, string> = {};
    for (const k of ['email', 'displayName', 'password', 'role'] as const) if (!v[k].trim()) local[k] = t('form.required');
    if (v.role === 'COORDINATOR' && !v.provinceCode) local.provinceCode = t('form.required');
    if (v.role === 'MEMBER' && !v.agencyId) local.agencyId = t('form.required');
    if (Object.keys(local).length) return errors.setLocal(local);
    errors.clear();
    try {
      await create({
        variables: {
          input: {
            email: v.email.trim(),
            displayName: v.displayName.trim(),
            password: v.password,
            role: v.role as Role,
            provinceCode: v.role === 'COORDINATOR' ? v.provinceCode : null,
            agencyId: v.role === 'MEMBER' || v.role === 'OVERSIGHT' ? v.agencyId || null : null,
          },
        },
      });
      onDone(v.email.trim());
    } catch (err) {
      errors.set(err);
    }
  };
  return (
    <form className="form card" onSubmit={submit} noValidate aria-label={t('users.create')}>
      <FormAlert errors={errors} fieldLabels={labels} />
      <div className="form-row">
        <TextField label={labels.displayName} required value={v.displayName} onChange={(displayName) => setV({ ...v, displayName })} error={errors.field('displayName')} />
        <TextField label={labels.email} type="email" required autoComplete="off" value={v.email} onChange={(email) => setV({ ...v, email })} error={errors.field('email')} />
        <TextField label={labels.password} type="password" required autoComplete="new-password" value={v.password} onChange={(password) => setV({ ...v, password })} error={errors.field('password')} hint={t('users.passwordHint', { min: MIN_PASSWORD_LENGTH })} />
      </div>
      <div className="form-row">
        <SelectField
          label={labels.role}
          required
          value={v.role}
          onChange={(role) => setV({ ...v, role, agencyId: '' })}
          options={enumOptions('Role', e)}
          placeholder={t('form.choose')}
          error={errors.field('role')}
        />
        {v.role === 'COORDINATOR' && <ProvinceSelect label={labels.provinceCode} required value={v.provinceCode} onChange={(provinceCode) => setV({ ...v, provinceCode })} error={errors.field('provinceCode')} />}
        {v.role === 'OVERSIGHT' && (
          <SelectField
            label={t('users.oversightBody')}
            value={v.agencyId}
            onChange={(agencyId) => setV({ ...v, agencyId })}
            options={(bodies.data?.agencies.nodes ?? []).map((b) => ({ value: b.id, label: b.acronym ? `${b.acronym} · ${b.name}` : b.name }))}
            placeholder={t('form.none')}
            error={errors.field('agencyId')}
            hint={t('users.oversightBodyHint')}
          />
        )}
        {v.role === 'MEMBER' && (
          <>
            <ProvinceSelect label={t('users.agencyProvince')} value={v.agencyProvince} onChange={(agencyProvince) => setV({ ...v, agencyProvince, agencyId: '' })} allLabel={t('common.national')} />
            <AgencySelect provinceCode={v.agencyProvince || null} label={labels.agencyId} required value={v.agencyId} onChange={(agencyId) => setV({ ...v, agencyId })} error={errors.field('agencyId')} />
          </>
        )}
      </div>
      <FormActions busy={loading} submitLabel={t('users.createSubmit')} onCancel={onCancel} />
    </form>
  );
}
