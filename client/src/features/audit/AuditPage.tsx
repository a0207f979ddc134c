import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { messages } from '../../i18n/messages';
import { useViewer } from '../../app/session';
import { useSearchState } from '../../lib/search-state';
import { localForbidden } from '../../lib/errors';
import { ExportMenu } from '../../common/ExportMenu';
import { PageHeader } from '../../ui/page';
import { Empty, ErrorNotice, QueryView } from '../../ui/states';
import { Pager, useCursorPager } from '../../ui/pager';
import { FilterSelect, ListFilters } from '../../common/ListFilters';
import { AuditEventsDocument } from './operations.generated';
import { TableWrap } from '../../ui/table-wrap';
import { fieldLabel, valueInWords } from './audit-words';

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
  const [f, setF] = useSearchState(['type', 'entity', 'actor'] as const);
  const [entityDraft, setEntityDraft] = useState(f.entity);
  const pager = useCursorPager();
  const filter = { entityType: f.type || null, entityId: f.entity || null, actorId: f.actor || null };
  const q = useQuery(AuditEventsDocument, {
    skip: !permissions.canReadAuditTrail,
    variables: { filter, first: PAGE, after: pager.after },
  });
  const change = (patch: Partial<typeof f>) => {
    pager.reset();
    setF(patch);
  };

  if (!permissions.canReadAuditTrail)
    return (
      <>
        <PageHeader title={t('audit.title')} />
        <ErrorNotice error={localForbidden()} />
      </>
    );

  return (
    <>
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')} actions={<ExportMenu dataset="audit-events" filter={filter} />} />
      <ListFilters
        onClear={() => {
          setEntityDraft('');
          change({ type: '', entity: '', actor: '' });
        }}
      >
        <FilterSelect label={t('audit.entityType')} value={f.type} onChange={(v) => change({ type: v })} options={ENTITY_TYPES.map((x) => ({ value: x, label: labelOf(t, 'audit.type.', x) }))} allLabel={t('filters.all')} />
        <form
          className="filter-form"
          onSubmit={(ev) => {
            ev.preventDefault();
            change({ entity: entityDraft.trim() });
          }}
        >
          <label className="filter">
            {t('audit.entityId')}
            <input type="search" value={entityDraft} onChange={(ev) => setEntityDraft(ev.target.value)} />
          </label>
          <button type="submit" className="btn btn-small">
            {t('filters.apply')}
          </button>
        </form>
        {f.actor && (
          <button type="button" className="btn btn-small" onClick={() => change({ actor: '' })}>
            {t('audit.clearActor')}
          </button>
        )}
      </ListFilters>
      <QueryView data={q.data} error={q.error} loading={q.loading} retry={() => void q.refetch()}>
        {(d) =>
          d.auditEvents.nodes.length === 0 ? (
            <Empty>{t('audit.empty')}</Empty>
          ) : (
            <>
              <TableWrap>
                <table className="data-table">
                  <caption className="visually-hidden">{t('audit.title')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('audit.at')}</th>
                      <th scope="col">{t('audit.actor')}</th>
                      <th scope="col">{t('audit.action')}</th>
                      <th scope="col">{t('audit.entity')}</th>
                      <th scope="col">{t('audit.changes')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.auditEvents.nodes.map((ev) => {
                      const changes = parseChanges(ev.changes);
                      const path = ENTITY_PATHS[ev.entityType];
                      return (
                        <tr key={ev.id}>
                          <td className="nowrap">
                            <time dateTime={ev.at}>{i18n.dateTime(ev.at)}</time>
                          </td>
                          <td>
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
                          </td>
                          <td>
                            {labelOf(t, 'audit.act.', ev.action)}
                          </td>
                          <td>
                            {labelOf(t, 'audit.type.', ev.entityType)}{' '}
                            {path ? (
                              <Link to={`${path}${ev.entityId}`} className="mono">
                                #{ev.entityId}
                              </Link>
                            ) : (
                              <span className="mono">#{ev.entityId}</span>
                            )}
                          </td>
                          <td>
                            {changes && Object.keys(changes).length > 0 ? (
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
                                        <td>{valueInWords(i18n, ev.entityType, k, c?.before)}</td>
                                        <td>{valueInWords(i18n, ev.entityType, k, c?.after)}</td>
                                      </tr>
                                    ))}
                                  </tbody>
                                </table>
                              </details>
                            ) : (
                              <span className="muted">–</span>
                            )}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </TableWrap>
              <Pager pager={pager} pageSize={PAGE} connection={d.auditEvents} />
            </>
          )
        }
      </QueryView>
    </>
  );
}
