import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { messages } from '../../i18n/messages';
import { useViewer } from '../../session/session';
import { useListPage } from '../../ui/list-page';
import { ExportMenu } from '../../common/ExportMenu';
import { PageHeader } from '../../ui/page';
import { PagedTable } from '../../ui/data-table';
import { FilterSelect, ListFilters, SearchFilter } from '../../common/ListFilters';
import { AuditEventsDocument } from './operations.generated';
import { fieldLabel, valueInWords } from './audit-words';
import { ForbiddenPage } from '../../ui/refusals';

const PAGE = 50;
const ENTITY_TYPES = ['ActionItem', 'Agreement', 'Commitment', 'Meeting', 'Case', 'Referral', 'ServiceRecord', 'Agency', 'Network', 'User'];

/** Where the records of each entity type are shown, for links from an event. */
const ENTITY_PATHS: Record<string, string> = {
  ActionItem: '/actions/',
  Agreement: '/agreements/',
  Meeting: '/meetings/',
  Case: '/cases/',
  Agency: '/agencies/',
  Network: '/networks/',
};

/** A catalogue label for an API identifier (entity type, mutation name), or the identifier itself. */
function labelOf(t: (k: MessageKey) => string, prefix: 'audit.type.' | 'audit.act.', id: string): string {
  const key = `${prefix}${id}`;
  return key in messages ? t(key as MessageKey) : id;
}

type Changes = Record<string, { before?: unknown; after?: unknown }>;

function parseChanges(raw: string | null): Changes | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as unknown;
    return v && typeof v === 'object' ? (v as Changes) : null;
  } catch {
    return null;
  }
}

export default function AuditPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { permissions } = useViewer();
  const { filters: f, change, clear, bind, pager } = useListPage(['type', 'entity', 'actor'] as const);
  const filter = { entityType: f.type || null, entityId: f.entity || null, actorId: f.actor || null };
  const q = useQuery(AuditEventsDocument, {
    skip: !permissions.canReadAuditTrail,
    variables: { filter, first: PAGE, after: pager.after },
  });

  if (!permissions.canReadAuditTrail)
    return <ForbiddenPage title={t('audit.title')} />;

  return (
    <>
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')} actions={<ExportMenu dataset="audit-events" filter={filter} />} />
      <ListFilters onClear={clear}>
        <FilterSelect label={t('audit.entityType')} {...bind('type')} options={ENTITY_TYPES.map((x) => ({ value: x, label: labelOf(t, 'audit.type.', x) }))} />
        <SearchFilter label={t('audit.entityId')} {...bind('entity')} />
        {f.actor && (
          <button type="button" className="btn btn-small" onClick={() => change({ actor: '' })}>
            {t('audit.clearActor')}
          </button>
        )}
      </ListFilters>
      <PagedTable
        query={q}
        connection={(d) => d.auditEvents}
        pager={pager}
        pageSize={PAGE}
        empty={t('audit.empty')}
        caption={t('audit.title')}
        rowKey={(ev) => ev.id}
        columns={[
          { header: t('audit.at'), cellClassName: 'nowrap', cell: (ev) => <time dateTime={ev.at}>{i18n.dateTime(ev.at)}</time> },
          {
            header: t('audit.actor'),
            cell: (ev) => (
              <>
                {ev.actor ? (
                  <button type="button" className="btn-link" onClick={() => change({ actor: ev.actor!.id })} title={t('audit.filterByActor')}>
                    {ev.actor.displayName}
                  </button>
                ) : (
                  <span className="muted">{t('audit.system')}</span>
                )}
                {ev.actor && (
                  <div className="small muted">
                    {i18n.e('Role', ev.actor.role)}
                    {ev.actor.agency && ` · ${ev.actor.agency.acronym || ev.actor.agency.name}`}
                  </div>
                )}
              </>
            ),
          },
          { header: t('audit.action'), cell: (ev) => labelOf(t, 'audit.act.', ev.action) },
          {
            header: t('audit.entity'),
            cell: (ev) => {
              const path = ENTITY_PATHS[ev.entityType];
              return (
                <>
                  {labelOf(t, 'audit.type.', ev.entityType)}{' '}
                  {path ? (
                    <Link to={`${path}${ev.entityId}`} className="mono">
                      #{ev.entityId}
                    </Link>
                  ) : (
                    <span className="mono">#{ev.entityId}</span>
                  )}
                </>
              );
            },
          },
          { header: t('audit.changes'), cell: (ev) => <ChangesCell entityType={ev.entityType} changes={parseChanges(ev.changes)} /> },
        ]}
      />
    </>
  );
}

/** The fields an event changed, before and after, folded away under their count. */
function ChangesCell({ entityType, changes }: { entityType: string; changes: Changes | null }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (!changes || Object.keys(changes).length === 0) return <span className="muted">–</span>;
  return (
    <details>
      <summary>{t('audit.fieldsChanged', { n: Object.keys(changes).length })}</summary>
      <table className="changes">
        <thead>
          <tr>
            <th scope="col">{t('audit.field')}</th>
            <th scope="col">{t('audit.before')}</th>
            <th scope="col">{t('audit.after')}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(changes).map(([k, c]) => (
            <tr key={k}>
              <th scope="row">{fieldLabel(i18n, k)}</th>
              <td>{valueInWords(i18n, entityType, k, c?.before)}</td>
              <td>{valueInWords(i18n, entityType, k, c?.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
