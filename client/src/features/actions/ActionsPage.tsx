import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { enumValues } from '../../i18n/enums';
import { actsForAgency } from '../../app/home';
import { useViewer } from '../../app/session';
import { useSearchState } from '../../lib/search-state';
import type { ActionItemFilter, ActionStatus } from '../../gql/schema-types';
import { PageHeader } from '../../ui/page';
import { Empty, ErrorNotice, Loading, QueryView } from '../../ui/states';
import { Pager, useCursorPager } from '../../ui/pager';
import { AgencyName, EnumBadge, OverdueBadge } from '../../ui/badges';
import { ExportMenu } from '../../common/ExportMenu';
import { FilterSelect, ListFilters } from '../../common/ListFilters';
import { useAgencyOptions, useProvinceOptions } from '../../common/pickers';
import { ActionItemsDocument, type ActionItemsQuery } from './operations.generated';
import { TableWrap } from '../../ui/table-wrap';
import { DateInput } from '../../ui/date-input';

const PAGE = 25;
const BOARD_PAGE = 20;
type Item = ActionItemsQuery['actionItems']['nodes'][number];

/** Follow-up actions as a list or a board by status; members see their own agency's first. */
export default function ActionsPage() {
  const i18n = useI18n();
  const { t, e } = i18n;
  const { viewer, permissions } = useViewer();
  const isMember = actsForAgency(permissions) && !!viewer.agency;
  const [f, setF] = useSearchState(['scope', 'view', 'province', 'agency', 'status', 'overdue', 'due'] as const, {
    scope: isMember ? 'mine' : '',
    view: 'list',
  });
  const pager = useCursorPager();
  const provinces = useProvinceOptions();
  const mine = isMember && f.scope === 'mine';
  const agencies = useAgencyOptions(f.province || permissions.readScopeProvince || viewer.agency?.province?.code || null);
  const filter: ActionItemFilter = {
    provinceCode: f.province || null,
    agencyId: mine ? viewer.agency!.id : f.agency || null,
    overdue: f.overdue === '1' ? true : null,
    dueBefore: f.due || null,
  };
  const change = (patch: Partial<typeof f>) => {
    pager.reset();
    setF(patch);
  };
  const board = f.view === 'board';

  return (
    <>
      <PageHeader
        title={t('actions.title')}
        subtitle={t('actions.subtitle')}
        actions={
          <>
            <ExportMenu dataset="action-items" filter={{ ...filter, status: !board && f.status ? [f.status] : null }} />
            {permissions.canCreateActionItem && (
              <Link className="btn btn-primary" to="/actions/new">
                {t('actions.new')}
              </Link>
            )}
          </>
        }
      />
      {isMember && (
        <div className="tabs" role="group" aria-label={t('actions.scopeLabel')}>
          <button type="button" className={`tab${mine ? ' tab-active' : ''}`} aria-pressed={mine} onClick={() => change({ scope: 'mine' })}>
            {t('actions.mine', { agency: viewer.agency!.acronym ?? viewer.agency!.name })}
          </button>
          <button type="button" className={`tab${!mine ? ' tab-active' : ''}`} aria-pressed={!mine} onClick={() => change({ scope: 'all' })}>
            {t('actions.all')}
          </button>
        </div>
      )}
      <ListFilters onClear={() => change({ province: '', agency: '', status: '', overdue: '', due: '' })}>
        {permissions.readScope !== 'PROVINCE' && (
          <FilterSelect label={t('common.province')} value={f.province} onChange={(v) => change({ province: v, agency: '' })} options={provinces.options} allLabel={t('filters.all')} />
        )}
        {!mine && <FilterSelect label={t('common.agency')} value={f.agency} onChange={(v) => change({ agency: v })} options={agencies.options} allLabel={t('filters.all')} />}
        {!board && (
          <FilterSelect
            label={t('common.status')}
            value={f.status}
            onChange={(v) => change({ status: v })}
            options={enumValues('ActionStatus').map((s) => ({ value: s, label: e('ActionStatus', s) }))}
            allLabel={t('filters.all')}
          />
        )}
        <label className="checkbox filter-check">
          <input type="checkbox" checked={f.overdue === '1'} onChange={(ev) => change({ overdue: ev.target.checked ? '1' : '' })} />
          <span>{t('actions.onlyOverdue')}</span>
        </label>
        <label className="filter">
          {t('actions.dueBefore')}
          <DateInput value={f.due} onValue={(v) => change({ due: v })} />
        </label>
        <div className="view-toggle" role="group" aria-label={t('actions.viewLabel')}>
          <button type="button" className={`btn btn-small${!board ? ' btn-selected' : ''}`} aria-pressed={!board} onClick={() => change({ view: 'list' })}>
            {t('actions.viewList')}
          </button>
          <button type="button" className={`btn btn-small${board ? ' btn-selected' : ''}`} aria-pressed={board} onClick={() => change({ view: 'board' })}>
            {t('actions.viewBoard')}
          </button>
        </div>
      </ListFilters>
      {board ? (
        <div className="board">
          {(enumValues('ActionStatus') as ActionStatus[]).map((s) => (
            <BoardColumn key={s} status={s} filter={filter} onShowAll={() => change({ view: 'list', status: s })} />
          ))}
        </div>
      ) : (
        <ActionList filter={{ ...filter, status: f.status ? [f.status as ActionStatus] : null }} pager={pager} />
      )}
    </>
  );
}

function ActionList({ filter, pager }: { filter: ActionItemFilter; pager: ReturnType<typeof useCursorPager> }) {
  const i18n = useI18n();
  const { t } = i18n;
  const q = useQuery(ActionItemsDocument, { variables: { filter, first: PAGE, after: pager.after } });
  return (
    <QueryView data={q.data} error={q.error} loading={q.loading} retry={() => void q.refetch()}>
      {(d) =>
        d.actionItems.nodes.length === 0 ? (
          <Empty>{t('actions.empty')}</Empty>
        ) : (
          <>
            <TableWrap>
              <table className="data-table stack-on-phone">
                <caption className="visually-hidden">{t('actions.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('common.action')}</th>
                    <th scope="col">{t('common.agency')}</th>
                    <th scope="col">{t('common.status')}</th>
                    <th scope="col">{t('common.priority')}</th>
                    <th scope="col">{t('common.dueOn')}</th>
                    <th scope="col">{t('common.province')}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.actionItems.nodes.map((a) => (
                    <tr key={a.id}>
                      <th scope="row">
                        <Link to={`/actions/${a.id}`}>{a.title}</Link>
                      </th>
                      <td data-label={t('common.agency')}>
                        <AgencyName agency={a.agency} />
                      </td>
                      <td data-label={t('common.status')}>
                        <EnumBadge name="ActionStatus" value={a.status} /> {a.isOverdue && <OverdueBadge days={a.daysOverdue} />}
                      </td>
                      <td data-label={t('common.priority')}>
                        <EnumBadge name="Priority" value={a.priority} />
                      </td>
                      <td data-label={t('common.dueOn')}>{i18n.date(a.dueOn)}</td>
                      <td data-label={t('common.province')}>{a.province.name}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
            <Pager pager={pager} pageSize={PAGE} connection={d.actionItems} />
          </>
        )
      }
    </QueryView>
  );
}

function BoardColumn({ status, filter, onShowAll }: { status: ActionStatus; filter: ActionItemFilter; onShowAll: () => void }) {
  const i18n = useI18n();
  const { t, e } = i18n;
  const q = useQuery(ActionItemsDocument, { variables: { filter: { ...filter, status: [status] }, first: BOARD_PAGE } });
  const headingId = `board-${status}`;
  return (
    <section className="board-column" aria-labelledby={headingId}>
      <h2 id={headingId} className={`board-heading board-${status.toLowerCase()}`}>
        {e('ActionStatus', status)} <span className="muted">({q.data ? i18n.number(q.data.actionItems.totalCount, 0) : '…'})</span>
      </h2>
      {q.error && !q.data ? (
        <ErrorNotice error={q.error} compact retry={() => void q.refetch()} />
      ) : !q.data ? (
        <Loading />
      ) : q.data.actionItems.nodes.length === 0 ? (
        <p className="muted small">{t('actions.columnEmpty')}</p>
      ) : (
        <ul className="board-cards">
          {q.data.actionItems.nodes.map((a: Item) => (
            <li key={a.id} className="board-card">
              <Link to={`/actions/${a.id}`}>{a.title}</Link>
              <div className="small muted">
                <AgencyName agency={a.agency} /> · {i18n.date(a.dueOn)}
              </div>
              <div>
                <EnumBadge name="Priority" value={a.priority} /> {a.isOverdue && <OverdueBadge days={a.daysOverdue} />}
              </div>
            </li>
          ))}
        </ul>
      )}
      {q.data && q.data.actionItems.totalCount > q.data.actionItems.nodes.length && (
        <button type="button" className="btn btn-small btn-link" onClick={onShowAll}>
          {t('actions.showAllInList', { n: q.data.actionItems.totalCount })}
        </button>
      )}
    </section>
  );
}
