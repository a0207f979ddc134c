/**
 * The workloads of `npm run bench`, as each server is asked for them: the hub (GraphQL, signed
 * in), PostGraphile (GraphQL generated from the tables, no auth) and the hand-written SQL handler
 * (plain HTTP). Each read workload asks every server for the same records and the same fields;
 * `summary` reduces an answer to its row counts so the bench can check they match.
 */

// ------------------------------------------------------------------ List

const HUB_LIST = `query List($filter: ActionItemFilter) {
  actionItems(filter: $filter, first: 50) {
    nodes { id title status dueOn agency { name sector } commitment { description agreement { title parties { name } } } }
  }
}`;

const PGL_LIST = `query List($provinceCode: String!, $today: Date!) {
  actionItems(condition: { provinceCode: $provinceCode, overdueAsOf: $today }, orderBy: [DUE_ON_ASC, ID_ASC], first: 50) {
    nodes { id title status dueOn agency { name sector }
      commitment { description agreement { title agreementParties(orderBy: [AGENCY_ID_ASC]) { nodes { agency { name } } } } } }
  }
}`;

function listSummary(nodes, partiesOf) {
  const withCommitment = nodes.filter((n) => n.commitment);
  return {
    items: nodes.length,
    withCommitment: withCommitment.length,
    parties: withCommitment.reduce((s, n) => s + partiesOf(n.commitment.agreement).length, 0),
    firstId: String(nodes[0]?.id),
    lastId: String(nodes[nodes.length - 1]?.id),
  };
}

// ------------------------------------------------------------------ Detail

const HUB_DETAIL = `query Detail($id: ID!) {
  agreement(id: $id) {
    id title reference kind signedOn expiresOn
    parties { id name sector }
    commitments { id description status dueOn actionItems { id title status dueOn } }
  }
}`;

const PGL_DETAIL = `query Detail($id: Int!) {
  agreement(id: $id) {
    id title reference kind signedOn expiresOn
    agreementParties(orderBy: [AGENCY_ID_ASC]) { nodes { agency { id name sector } } }
    commitments(orderBy: [DUE_ON_ASC, ID_ASC]) { nodes { id description status dueOn
      actionItems(orderBy: [DUE_ON_ASC, ID_ASC]) { nodes { id title status dueOn } } } }
  }
}`;

function detailSummary(a, parties, commitments, itemsOf) {
  if (!a) return { agreement: null };
  const cs = commitments(a);
  return { parties: parties(a).length, commitments: cs.length, actionItems: cs.reduce((s, c) => s + itemsOf(c).length, 0) };
}

// ------------------------------------------------------------------ Write

const HUB_WRITE = `mutation Write($id: ID!, $input: UpdateActionItemInput!) {
  updateActionItem(id: $id, input: $input) { id version status }
}`;

// PostGraphile has no optimistic concurrency nor history: the same rows are written by three
// mutations of one request (one transaction): the item, its history entry, the audit event.
const PGL_WRITE = `mutation Write($id: Int!, $patch: ActionItemPatch!, $update: ActionUpdateInput!, $audit: AuditEventInput!) {
  updateActionItem(input: { id: $id, patch: $patch }) { actionItem { id version status } }
  createActionUpdate(input: { actionUpdate: $update }) { clientMutationId }
  createAuditEvent(input: { auditEvent: $audit }) { clientMutationId }
}`;

// ------------------------------------------------------------------ Dashboard

/** The province dashboard's query (client/src/features/province/province.graphql). */
const HUB_DASHBOARD = `query ProvinceDashboard($code: String!, $from: Date, $to: Date, $asOf: Date) {
  provinceMetrics(provinceCode: $code, from: $from, to: $to, asOf: $asOf) {
    province { code name isoCode }
    from to asOf
    activeAgreements expiringAgreements sectorCoverage crossSectorPartnerships meetingsHeld
    commitments commitmentsFulfilled commitmentsOverdue fulfilmentRate
    actionsOpen actionsOverdue actionsDoneInPeriod onTimeCompletionRate
    casesReported { value suppressed }
    medianDaysToFirstService referralAcceptanceRate multiSectorCaseRate coordinationIndex
    coveredSectors
    casesByIssueArea { issueArea count { value suppressed } }
    casesByOutcome { outcome count { value suppressed } }
    agencyActionStats { agency { id name acronym sector } open overdue doneInPeriod onTimeRate }
  }
}`;

/** Figures of a provinceMetrics answer, province name aside (reference data, not SQL), for comparing servers. */
export function dashboardFigures(m) {
  if (!m) return null;
  const { province: _p, ...rest } = m;
  return rest;
}

const gql = (query, variables) => JSON.stringify({ query, variables });

/**
 * Request bodies and answer summaries per server. `f` holds the fixtures: provinceCode, today,
 * agreementId, period {from, to, asOf}, adminId.
 */
export function workloads(f) {
  return {
    list: {
      title: `List: first 50 overdue action items of province ${f.provinceCode}, with agency, commitment, agreement and parties`,
      hub: { path: '/graphql', body: gql(HUB_LIST, { filter: { provinceCode: f.provinceCode, overdue: true } }) },
      postgraphile: { path: '/graphql', body: gql(PGL_LIST, { provinceCode: f.provinceCode, today: f.today }) },
      sql: { path: '/list', body: JSON.stringify({ provinceCode: f.provinceCode, today: f.today }) },
      summary: {
        hub: (j) => listSummary(j.data.actionItems.nodes, (a) => a.parties),
        postgraphile: (j) => listSummary(j.data.actionItems.nodes, (a) => a.agreementParties.nodes),
        sql: (j) => listSummary(j.data.actionItems.nodes, (a) => a.parties),
      },
    },
    detail: {
      title: `Detail: agreement ${f.agreementId} with its parties, commitments and their action items`,
      hub: { path: '/graphql', body: gql(HUB_DETAIL, { id: String(f.agreementId) }) },
      postgraphile: { path: '/graphql', body: gql(PGL_DETAIL, { id: f.agreementId }) },
      sql: { path: '/detail', body: JSON.stringify({ agreementId: f.agreementId }) },
      summary: {
        hub: (j) => detailSummary(j.data.agreement, (a) => a.parties, (a) => a.commitments, (c) => c.actionItems),
        postgraphile: (j) =>
          detailSummary(j.data.agreement, (a) => a.agreementParties.nodes, (a) => a.commitments.nodes, (c) => c.actionItems.nodes),
        sql: (j) => detailSummary(j.data.agreement, (a) => a.parties, (a) => a.commitments, (c) => c.actionItems),
      },
    },
    write: {
      title: `Write: updateActionItem (status OPEN <-> IN_PROGRESS and a note) on items of province ${f.provinceCode}, each with its current version`,
      /** The body of one write of `item` ({id, version, status}); `next` is the status it gets. */
      hub: { path: '/graphql', bodyFor: (item, next, note) => gql(HUB_WRITE, { id: String(item.id), input: { version: item.version, status: next, note } }) },
      postgraphile: {
        path: '/graphql',
        bodyFor: (item, next, note) => {
          const now = new Date().toISOString();
          return gql(PGL_WRITE, {
            id: item.id,
            patch: { status: next, version: item.version + 1, updatedAt: now },
            update: { actionItemId: item.id, authorId: f.adminId, note, fromStatus: item.status, toStatus: next, createdAt: now },
            audit: {
              at: now, actorId: f.adminId, action: 'updateActionItem', entityType: 'ActionItem', entityId: String(item.id),
              provinceCode: f.provinceCode, changes: { status: { before: item.status, after: next }, note: { before: null, after: note } },
            },
          });
        },
      },
      sql: { path: '/write', bodyFor: (item, next, note) => JSON.stringify({ id: item.id, version: item.version, status: next, note, authorId: f.adminId }) },
      /** The item as written, from an answer: {id, version, status}, or null (error, conflict). */
      written: {
        hub: (j) => j.data?.updateActionItem ?? null,
        postgraphile: (j) => j.data?.updateActionItem?.actionItem ?? null,
        sql: (j) => j.data?.updateActionItem ?? null,
      },
    },
    dashboard: {
      title: `Dashboard: provinceMetrics of province ${f.provinceCode} (the dashboard's query, 365 days to today)`,
      hub: { path: '/graphql', body: gql(HUB_DASHBOARD, { code: f.provinceCode }) },
      sql: { path: '/dashboard', body: JSON.stringify({ provinceCode: f.provinceCode, ...f.period }) },
      summary: {
        hub: (j) => dashboardFigures(j.data.provinceMetrics),
        sql: (j) => dashboardFigures(j.data.provinceMetrics),
      },
    },
  };
}
