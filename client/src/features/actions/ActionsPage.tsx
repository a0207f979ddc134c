import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { enumValues } from '../../i18n/enums';
import { actsForAgency } from '../../app/home';
import { enumOptions } from '../../ui/enum-options';
import { useViewer } from '../../session/session';
import { useListPage } from '../../ui/list-page';
import type { ActionItemFilter, ActionStatus } from '../../gql/schema-types';
import { PageHeader } from '../../ui/page';
import { ErrorNotice, Loading } from '../../ui/states';
import type { CursorPager } from '../../ui/pager';
import { PagedTable } from '../../ui/data-table';
import { AgencyName, EnumBadge, OverdueBadge } from '../../ui/badges';
import { ExportMenu } from '../../common/ExportMenu';
import { DateFilter, FilterSelect, ListFilters } from '../../common/ListFilters';
import { useAgencyOptions, useProvinceOptions } from '../../common/pickers';
import { ActionItemsDocument, type ActionBoardCardFragment } from './operations.generated';
import { ActionStatusBadges } from './LinkedActionItems';

const PAGE = 25;
const BOARD_PAGE = 20;

/** Follow-up actions as a list or a board by status; members see their own agency's first. */
export default function ActionsPage() {
  const i18n = useI18n();
  const { t, e } = i18n;
  const { viewer, permissions } = useViewer();
  const isMember = actsForAgency(permissions) && !!viewer.agency;
  const { filters: f, change, clear, bind, pager } = useListPage(['scope', 'view', 'province', 'agency', 'status', 'overdue', 'due'] as const, {
    scope: isMember ? 'mine' : '',
    view: 'list',
  });
  const provinces = useProvinceOptions();
  const mine = isMember && f.scope === 'mine';
  const agencies = useAgencyOptions(f.province || permissions.readScopeProvince || viewer.agency?.province?.code || null);
  const filter: ActionItemFilter = {
    provinceCode: f.province || null,
    agencyId: mine ? viewer.agency!.id : f.agency || null,
    overdue: f.overdue === '1' ? true : null,
    dueBefore: f.due || null,
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
      <ListFilters onClear={clear}>
        {permissions.readScope !== 'PROVINCE' && (
          <FilterSelect label={t('common.province')} {...bind('province', { agency: '' })} options={provinces.options} />
        )}
        {!mine && <FilterSelect label={t('common.agency')} {...bind('agency')} options={agencies.options} />}
        {!board && (
          <FilterSelect label={t('common.status')} {...bind('status')} options={enumOptions('ActionStatus', e)} />
        )}
        <label className="checkbox filter-check">
          <input type="checkbox" checked={f.overdue === '1'} onChange={(ev) => change({ overdue: ev.target.checked ? '1' : '' })} />
          <span>{t('actions.onlyOverdue')}</span>
        </label>
        <DateFilter label={t('actions.dueBefore')} {...bind('due')} />
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

function ActionList({ filter, pager }: { filter: ActionItemFilter; pager: CursorPager }) {
  const i18n = useI18n();
  const { t } = i18n;
  const q = useQuery(ActionItemsDocument, { variables: { filter, first: PAGE, after: pager.after } });
  return (
    <PagedTable
      query={q}
      connection={(d) => d.actionItems}
      pager={pager}
      pageSize={PAGE}
      empty={t('actions.empty')}
      caption={t('actions.title')}
      cards
      rowKey={(a) => a.id}
      columns={[
        { header: t('common.action'), rowHeader: true, cell: (a) => <Link to={`/actions/${a.id}`}>{a.title}</Link> },
        { header: t('common.agency'), cell: (a) => <AgencyName agency={a.agency} /> },
        {
          header: t('common.status'),
          cell: (a) => <ActionStatusBadges item={a} />,
        },
        { header: t('common.priority'), cell: (a) => <EnumBadge name="Priority" value={a.priority} /> },
        { header: t('common.dueOn'), cell: (a) => i18n.date(a.dueOn) },
        { header: t('common.province'), cell: (a) => a.province.name },
      ]}
    />
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
          {q.data.actionItems.nodes.map((a) => (
            <BoardCard key={a.id} item={a} />
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

function BoardCard({ item: a }: { item: ActionBoardCardFragment }) {
  const i18n = useI18n();
  return (
    <li className="board-card">
      <Link to={`/actions/${a.id}`}>{a.title}</Link>
      <div className="small muted">
        <AgencyName agency={a.agency} /> · {i18n.date(a.dueOn)}
      </div>
      <div>
        <EnumBadge name="Priority" value={a.priority} /> {a.isOverdue && <OverdueBadge days={a.daysOverdue} />}
      </div>
    </li>
  );
}
