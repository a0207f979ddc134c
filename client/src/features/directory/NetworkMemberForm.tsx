import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { enumOptions } from '../../ui/enum-options';
import type { MembershipRole } from '../../gql/schema-types';
import { FormAlert, SelectField, TextField, useFormErrors } from '../../ui/form';
import { agencyLabel } from '../../ui/badges';
import { AddNetworkMemberDocument, type NetworkDetailFragment } from './operations.generated';
import { AgencyPicker, type AgencyHit } from './AgencyPicker';
import { FormActions } from '../../ui/form-actions';

/**
 * Adds an agency from anywhere in the directory to a network, or changes the role of one
 * that is already a member (the API does both with addNetworkMember).
 */
export function NetworkMemberForm({
  network,
  initialAgency,
  onDone,
  onCancel,
}: {
  network: NetworkDetailFragment;
  /** "Change role" of an existing member: the agency is preset. */
  initialAgency?: AgencyHit;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t, e } = useI18n();
  const errors = useFormErrors();
  const [add, { loading }] = useMutation(AddNetworkMemberDocument);
  const [agency, setAgency] = useState<AgencyHit | null>(initialAgency ?? null);
  const current = agency ? network.members.find((m) => m.agency.id === agency.id) : undefined;
  const [role, setRole] = useState<MembershipRole>(current?.role ?? 'MEMBER');
  const [joinedOn, setJoinedOn] = useState('');
  const form = useRef<HTMLFormElement>(null);
  const changing = !!initialAgency;
  const title = initialAgency ? t('directory.changeRoleOf', { name: agencyLabel(initialAgency) }) : t('directory.addMember');
  const labels = { agencyId: t('common.agency'), role: t('directory.membershipRole'), joinedOn: t('directory.joinedOn') };

  // The form opens in place of its button: the focus moves into it.
  useEffect(() => {
    form.current?.querySelector<HTMLElement>(changing ? 'select' : 'input')?.focus();
  }, [changing]);

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    if (!agency) return errors.setLocal({ agencyId: t('form.required') });
    errors.clear();
    try {
      await add({ variables: { networkId: network.id, member: { agencyId: agency.id, role, joinedOn: joinedOn || null } } });
      const vars = { name: agencyLabel(agency), role: e('MembershipRole', role) };
      onDone(current ? t('directory.roleChanged', vars) : t('directory.memberAdded', vars));
    } catch (err) {
      errors.set(err);
    }
  };

  return (
    <form ref={form} className="card form" onSubmit={submit} noValidate aria-labelledby="network-member-title">
      <h3 id="network-member-title">{title}</h3>
      <FormAlert errors={errors} fieldLabels={labels} />
      {!changing && (
        <AgencyPicker
          label={labels.agencyId}
          required
          value={agency}
          onPick={(a) => {
            setAgency(a);
            errors.clear();
          }}
          onClear={() => setAgency(null)}
          nearProvince={network.province}
          error={errors.field('agencyId')}
        />
      )}
      {current && !changing && (
        <div className="notice notice-warn notice-compact" role="status">
          {t('directory.alreadyMember', { role: e('MembershipRole', current.role) })}
        </div>
      )}
      <div className="form-row">
        <SelectField
          label={labels.role}
          required
          value={role}
          onChange={(r) => setRole(r as MembershipRole)}
          options={enumOptions('MembershipRole', e)}
          error={errors.field('role')}
        />
        <TextField label={labels.joinedOn} type="date" value={joinedOn} onChange={setJoinedOn} error={errors.field('joinedOn')} hint={t('directory.joinedHint')} />
      </div>
      <FormActions busy={loading} submitLabel={changing || current ? t('directory.saveRole') : t('directory.saveMember')} onCancel={onCancel} />
    </form>
  );
}
