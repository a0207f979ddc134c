import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { enumOptions } from '../../ui/enum-options';
import { useViewer } from '../../session/session';
import type { IssueArea, MembershipRole } from '../../gql/schema-types';
import { PageHeader } from '../../ui/page';
import { agencyLabel } from '../../ui/badges';
import { blankFields, CheckboxGroup, FormAlert, SelectField, TextAreaField, TextField, orNull, useFormErrors, MAX_LENGTH } from '../../ui/form';
import { ProvinceSelect, useProvinceOptions } from '../../common/pickers';
import { CreateNetworkDocument } from './operations.generated';
import { AgencyPicker, agencyPlace, type AgencyHit } from './AgencyPicker';
import { FormActions } from '../../ui/form-actions';
import { ForbiddenPage } from '../../ui/refusals';

interface MemberDraft {
  agency: AgencyHit;
  role: MembershipRole;
  joinedOn: string;
}

/**
 * Creates a network with its first members. ADMIN: any province or national; COORDINATOR:
 * their own province, preset. Members may come from anywhere in the directory.
 */
export default function NetworkCreatePage() {
  const { t, e } = useI18n();
  const navigate = useNavigate();
  const { viewer, permissions } = useViewer();
  const lockedProvince = permissions.managedProvince ? viewer.province : null;
  const provinces = useProvinceOptions();
  const errors = useFormErrors();
  const [create, { loading }] = useMutation(CreateNetworkDocument);
  const [v, setV] = useState({ name: '', description: '', provinceCode: lockedProvince?.code ?? '', issueAreas: [] as string[] });
  const [members, setMembers] = useState<MemberDraft[]>([]);
  const labels: Record<string, string> = {
    name: t('directory.networkName'),
    description: t('common.description'),
    provinceCode: t('common.province'),
    issueAreas: t('common.issueAreas'),
    members: t('directory.initialMembers'),
  };
  const back = { to: '/networks', label: t('nav.networks') };

  if (!permissions.canCreateNetwork)
    return <ForbiddenPage title={t('directory.createNetwork')} back={back} />;

  const province = lockedProvince ?? (v.provinceCode ? { code: v.provinceCode, name: provinces.options.find((p) => p.value === v.provinceCode)?.label ?? v.provinceCode } : null);
  const setMember = (i: number, patch: Partial<MemberDraft>) => setMembers((ms) => ms.map((m, j) => (j === i ? { ...m, ...patch } : m)));

  const submit = errors.onSubmit({
    check: () => blankFields(v, ['name'], t('form.required')),
    save: async () => {
      const res = await create({
        variables: {
          input: {
            name: v.name.trim(),
            description: orNull(v.description),
            provinceCode: v.provinceCode || null,
            issueAreas: v.issueAreas as IssueArea[],
            members: members.map((m) => ({ agencyId: m.agency.id, role: m.role, joinedOn: m.joinedOn || null })),
          },
        },
      });
      if (res.data) navigate(`/networks/${res.data.createNetwork.id}`, { state: { created: true } });
    },
  });

  const membersError = errors.field('members');
  return (
    <>
      <PageHeader title={t('directory.createNetwork')} back={back} />
      <form className="form" onSubmit={submit} noValidate aria-label={t('directory.createNetwork')}>
        <FormAlert errors={errors} fieldLabels={labels} />
        <TextField label={labels.name} required value={v.name} onChange={(name) => setV({ ...v, name })} error={errors.field('name')} maxLength={MAX_LENGTH.title} />
        <TextAreaField
          label={labels.description}
          value={v.description}
          onChange={(description) => setV({ ...v, description })}
          error={errors.field('description')}
          hint={t('directory.networkDescriptionHint')}
          rows={3}
          maxLength={MAX_LENGTH.description}
        />
        <div className="form-row">
          {lockedProvince ? (
            <TextField label={labels.provinceCode} value={lockedProvince.name} onChange={() => {}} readOnly required hint={t('directory.networkProvinceFixed')} error={errors.field('provinceCode')} />
          ) : (
            <ProvinceSelect
              value={v.provinceCode}
              onChange={(provinceCode) => setV({ ...v, provinceCode })}
              allLabel={t('common.national')}
              hint={t('directory.networkProvinceHint')}
              error={errors.field('provinceCode')}
            />
          )}
        </div>
        <CheckboxGroup
          legend={labels.issueAreas}
          options={enumOptions('IssueArea', e)}
          value={v.issueAreas}
          onChange={(issueAreas) => setV({ ...v, issueAreas })}
          error={errors.field('issueAreas')}
        />
        <fieldset
          className={`field member-fieldset${membersError !== undefined ? ' field-invalid' : ''}`}
          aria-describedby={membersError !== undefined ? 'members-error' : 'members-hint'}
          aria-invalid={membersError !== undefined || undefined}
        >
          <legend>
            {labels.members} <span className="optional">{t('form.optional')}</span>
          </legend>
          <div className="field-hint" id="members-hint">
            {t('directory.initialMembersHint')}
          </div>
          {members.length === 0 ? (
            <p className="muted">{t('directory.noInitialMembers')}</p>
          ) : (
            <ul className="member-list">
              {members.map((m, i) => (
                <li key={m.agency.id}>
                  <fieldset className="member-row">
                    <legend>{agencyLabel(m.agency)}</legend>
                    <div className="muted small">
                      {e('Sector', m.agency.sector)} · {agencyPlace(m.agency, t)}
                    </div>
                    <div className="member-controls">
                      <SelectField
                        label={t('directory.membershipRole')}
                        required
                        value={m.role}
                        onChange={(role) => setMember(i, { role: role as MembershipRole })}
                        options={enumOptions('MembershipRole', e)}
                      />
                      <TextField label={t('directory.joinedOn')} type="date" value={m.joinedOn} onChange={(joinedOn) => setMember(i, { joinedOn })} />
                      <button type="button" className="btn btn-small member-remove" onClick={() => setMembers((ms) => ms.filter((_, j) => j !== i))}>
                        {t('directory.removeMember')}
                        <span className="visually-hidden">: {agencyLabel(m.agency)}</span>
                      </button>
                    </div>
                  </fieldset>
                </li>
              ))}
            </ul>
          )}
          <AgencyPicker
            label={t('directory.addToMembers')}
            nearProvince={province}
            excludeIds={members.map((m) => m.agency.id)}
            onPick={(agency) => setMembers((ms) => [...ms, { agency, role: ms.length === 0 ? 'LEAD' : 'MEMBER', joinedOn: '' }])}
          />
          <div className="muted small" aria-live="polite">
            {t('form.selectedCount', { n: members.length })}
          </div>
          {membersError !== undefined && (
            <div className="field-error" id="members-error">
              <span aria-hidden="true">⚠ </span>
              {membersError || t('form.invalid')}
            </div>
          )}
        </fieldset>
        <FormActions busy={loading} submitLabel={t('directory.saveNetwork')} onCancel={() => navigate('/networks')} />
      </form>
    </>
  );
}
