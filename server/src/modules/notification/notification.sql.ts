import { actionItemReadableBy } from '../action-item/action-item.policy';
import { agreementReadableBy } from '../agreement/agreement.policy';
import { caseReadableBy } from '../case/case.policy';
import { recommendationReadableBy } from '../recommendation/recommendation.policy';
import { actionOpenSql } from '../action-item/action-item.status';
import type { Audience, RecordType, Rule } from './notification.rules';

/**
 * Every statement of the follow-up engine. Recipients are chosen by set-based SQL from the
 * rules of notification.rules.ts; the unique key (kind, record_id, recipient_id, key) with
 * ON CONFLICT DO NOTHING makes each notification happen once, whoever inserts it first.
 */

/** Active users with what the read rules need (see provinceScopeOfUser). */
const RECIPIENTS = `select u.id, u.role, u.province_code, u.agency_id, ua.province_code as agency_province_code
  from hub_user u left join agency ua on ua.id = u.agency_id where u.active`;

/** The agency users of `agency`, as rows of `s` joined to recipients `r`. */
function audienceSql(audience: Audience, record: RecordType): string[] {
  const members = `select s.record_id, s.key, r.id as recipient_id from s join r on r.role = 'MEMBER' and r.agency_id = s.agency_id`;
  const coordinators = [
    `select s.record_id, s.key, r.id as recipient_id from s join r on r.role = 'COORDINATOR' and r.province_code = s.province_code`,
    `select s.record_id, s.key, r.id as recipient_id from s join r on r.role = 'ADMIN' where s.province_code is null`,
  ];
  const noMembers = `not exists (select 1 from r m where m.role = 'MEMBER' and m.agency_id = s.agency_id)`;
  switch (audience) {
    case 'AGENCY':
      return [members];
    case 'AGENCY_OR_FALLBACK':
      return [members, ...coordinators.map((c) => `${c} ${c.includes(' where ') ? 'and' : 'where'} ${noMembers}`)];
    case 'COORDINATORS':
      return coordinators;
    case 'ADDRESSEES':
      if (record !== 'recommendation') throw new Error('ADDRESSEES is an audience of recommendations only');
      return [
        `select s.record_id, s.key, r.id as recipient_id from s
         join recommendation_addressee ra on ra.recommendation_id = s.record_id join r on r.role = 'MEMBER' and r.agency_id = ra.agency_id`,
      ];
    case 'ISSUER':
      return [`select s.record_id, s.key, r.id as recipient_id from s join r on r.role = 'OVERSIGHT' and r.agency_id = s.agency_id`];
    case 'PARTIES':
      if (record !== 'agreement') throw new Error('PARTIES is an audience of agreements only');
      return [
        `select s.record_id, s.key, r.id as recipient_id from s
         join agreement_party p on p.agreement_id = s.record_id join r on r.role = 'MEMBER' and r.agency_id = p.agency_id`,
      ];
  }
}

/** The record joined for the read check, and the check itself: the recipient `rr` may read it. */
const READABLE: Record<RecordType, { join: string; readable: string }> = {
  action_item: { join: 'join action_item ai on ai.id = cand.record_id', readable: actionItemReadableBy('rr', 'ai') },
  commitment: {
    join: 'join commitment cm on cm.id = cand.record_id join agreement ag on ag.id = cm.agreement_id',
    readable: agreementReadableBy('rr', 'ag'),
  },
  agreement: { join: 'join agreement ag on ag.id = cand.record_id', readable: agreementReadableBy('rr', 'ag') },
  referral: {
    join: 'join referral rf on rf.id = cand.record_id join case_record rc on rc.id = rf.case_id',
    readable: caseReadableBy('rr', 'rc'),
  },
  recommendation: { join: 'join recommendation rn on rn.id = cand.record_id', readable: recommendationReadableBy('rr', 'rn') },
};

/**
 * One rule as one statement: inserts its notifications as of A ($1), to the recipients who may
 * read the record, never to the actor ($2, null for the sweep), and only the ones not there yet.
 * With `record` (a placeholder), only for that record (change-driven kinds). Returns the new
 * rows' id and recipient_id.
 */
export function insertNotificationsSql(rule: Rule, record?: string): string {
  const { join, readable } = READABLE[rule.record];
  const candidates = rule.audiences.flatMap((a) => audienceSql(a, rule.record)).join('\n union all\n');
  return `with s as (${rule.source('$1', record)}),
  r as (${RECIPIENTS}),
  cand as (${candidates})
  insert into notification as n (kind, record_id, recipient_id, key, as_of, ${rule.record}_id)
  select distinct '${rule.kind}', cand.record_id, cand.recipient_id, cand.key, $1::date, cand.record_id
  from cand join r rr on rr.id = cand.recipient_id ${join}
  where (rr.id <> $2::int or $2::int is null) and ${readable}
  on conflict on constraint notification_once do nothing
  returning n.id, n.recipient_id as "recipientId"`;
}

/** Sweeps exclude each other (and their deadlock-prone inserts of the same keys) with this lock. */
export const SWEEP_LOCK = `select pg_advisory_xact_lock(hashtext('followup_sweep'))`;

export const RECORD_SWEEP = `insert into followup_sweep (as_of, trigger, notifications_created, emails_queued, started_at)
  values ($1, $2, $3, $4, $5)`;

/** Whether the day's scheduled sweep (or its catch-up) has run. */
export const AUDIT_SWEEP = `insert into audit_event (at, actor_id, action, entity_type, entity_id, province_code, changes)
  values (now(), $1, 'runFollowUpSweep', 'FollowUpSweep', $2, null, $3::jsonb)`;

/** The demo's changes of the 30 days before $1 that still matter: open items assigned, referrals pending. */
export const DEMO_RECENT_CHANGES = `select 'ACTION_ASSIGNED' as change, ai.id, to_char(ai.opened_on, 'YYYY-MM-DD') as day
    from action_item ai where ${actionOpenSql('ai')} and ai.opened_on > $1::date - 30 and ai.opened_on <= $1::date
  union all
  select 'REFERRAL_RECEIVED', rf.id, to_char(rf.referred_on, 'YYYY-MM-DD')
    from referral rf where rf.status = 'PENDING' and rf.referred_on > $1::date - 30 and rf.referred_on <= $1::date
  order by 3, 1, 2`;

export const SWEEP_EXISTS = `select 1 from followup_sweep where as_of = $1 and trigger in ('SCHEDULE', 'CATCH_UP') limit 1`;

/** Settings with their defaults (DAILY, ID) for users without a row. */
export const SETTINGS_OF = `select coalesce(s.email, 'DAILY') as email, coalesce(s.language, 'ID') as language
  from hub_user u left join notification_setting s on s.user_id = u.id where u.id = $1`;

export const SETTINGS_OF_USERS = `select u.id as "userId", coalesce(s.email, 'DAILY') as email, coalesce(s.language, 'ID') as language
  from hub_user u left join notification_setting s on s.user_id = u.id where u.id = any($1::int[])`;

export const UPSERT_SETTINGS = `insert into notification_setting as s (user_id, email, language, updated_at)
  values ($1, coalesce($2, 'DAILY'), coalesce($3, 'ID'), now())
  on conflict (user_id) do update set email = coalesce($2, s.email), language = coalesce($3, s.language), updated_at = now()`;

export const NOTIFICATION_COLUMNS = `n.id, n.kind, n.created_at as "createdAt", to_char(n.as_of, 'YYYY-MM-DD') as "asOf",
  n.read_at as "readAt", n.action_item_id as "actionItemId", n.commitment_id as "commitmentId",
  n.agreement_id as "agreementId", n.referral_id as "referralId", n.recommendation_id as "recommendationId"`;

export const UNREAD_COUNT = `select count(*)::int as n from notification n where n.recipient_id = $1 and n.read_at is null`;

/** Which of the ids are not the viewer's own notifications (or do not exist). */
export const FOREIGN_IDS = `select x.id from unnest($2::bigint[]) x(id)
  where not exists (select 1 from notification n where n.id = x.id and n.recipient_id = $1)`;

export const MARK_READ = `update notification set read_at = now()
  where recipient_id = $1 and id = any($2::bigint[]) and read_at is null`;

export const MARK_ALL_READ = `update notification set read_at = now() where recipient_id = $1 and read_at is null`;

/**
 * The e-mail content of notifications: kind, the record's title or code, the agency, the date
 * that matters and the dashboard path. A referral carries its case code and the referring
 * agency only, never an attribute of the case. `$1`: the notification ids.
 */
export const EMAIL_ITEMS = `select n.id, n.recipient_id as "recipientId", n.kind,
    coalesce(ai.title, cm.description, ag.title, rc.code, rn.title) as title,
    coalesce(aia.name, cma.name, rfa.name, rna.name) as agency,
    to_char(coalesce(ai.due_on, cm.due_on, ag.expires_on, rf.referred_on,
      case when n.kind = 'RECOMMENDATION_RESPONDED' then rn.responded_on when n.kind = 'RECOMMENDATION_RESPONSE_DUE' then rn.response_due_on
           else rn.issued_on end), 'YYYY-MM-DD') as "date",
    case when ai.id is not null then '/actions/' || ai.id
         when cm.id is not null then '/agreements/' || cm.agreement_id
         when ag.id is not null then '/agreements/' || ag.id
         when rf.id is not null then '/cases/' || rf.case_id
         when rn.id is not null then '/recommendations/' || rn.id end as path
  from notification n
  left join action_item ai on ai.id = n.action_item_id left join agency aia on aia.id = ai.agency_id
  left join commitment cm on cm.id = n.commitment_id left join agency cma on cma.id = cm.agency_id
  left join agreement ag on ag.id = n.agreement_id
  left join referral rf on rf.id = n.referral_id left join case_record rc on rc.id = rf.case_id
  left join agency rfa on rfa.id = rf.from_agency_id
  left join recommendation rn on rn.id = n.recommendation_id left join agency rna on rna.id = rn.issuer_id
  where n.id = any($1::bigint[])
  order by n.recipient_id, n.id`;

/** The recipients of e-mail among `$1` (notification ids) with their address and settings. */
const MAILABLE_USERS = `select u.id, u.email as address, coalesce(s.email, 'DAILY') as frequency, coalesce(s.language, 'ID') as language
  from hub_user u left join notification_setting s on s.user_id = u.id where u.active`;

/** Change notifications ($1) whose recipients want each notification by e-mail at once. */
export const IMMEDIATE_NOTIFICATIONS = `select n.id from notification n join (${MAILABLE_USERS}) mu on mu.id = n.recipient_id
  where n.id = any($1::bigint[]) and mu.frequency = 'IMMEDIATE'`;

/**
 * At a sweep for A ($1): the notifications not yet e-mailed of the users due an e-mail: IMMEDIATE
 * and DAILY always, WEEKLY when their last digest was made for a day 7 or more days before A.
 */
export const DIGEST_NOTIFICATIONS = `select n.id from notification n join (${MAILABLE_USERS}) mu on mu.id = n.recipient_id
  where not exists (select 1 from notification_email ne where ne.notification_id = n.id)
    and (mu.frequency in ('IMMEDIATE', 'DAILY')
      or (mu.frequency = 'WEEKLY' and coalesce((select max(eo.digest_on) from email_outbox eo where eo.recipient_id = mu.id), '-infinity'::date) <= $1::date - 7))`;

export const MAIL_USERS_BY_ID = `${MAILABLE_USERS} and u.id = any($1::int[])`;

export const NEXT_EMAIL_IDS = `select nextval('email_outbox_id_seq')::bigint as id from generate_series(1, $1::int)`;

export const INSERT_EMAILS = `insert into email_outbox (id, recipient_id, to_address, language, subject, body_text, body_html,
    notification_count, digest_on, status, next_attempt_at)
  select e.id, e.recipient_id, e.to_address, e.language, e.subject, e.body_text, e.body_html, e.notification_count, e.digest_on, $10, now()
  from unnest($1::bigint[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[], $9::date[])
    as e(id, recipient_id, to_address, language, subject, body_text, body_html, notification_count, digest_on)`;

export const LINK_EMAILS = `insert into notification_email (notification_id, email_id)
  select * from unnest($1::bigint[], $2::bigint[]) on conflict do nothing`;

export const OUTBOX_COLUMNS = `e.id, e.to_address as "to", e.language, e.subject, e.body_text as "text",
  e.notification_count as "notificationCount", e.created_at as "createdAt", e.status, e.attempts, e.sent_at as "sentAt"`;

/** Claims the e-mails due to be sent (PENDING, next attempt due): at most `$1`, each by one sender. */
export const CLAIM_DUE_EMAILS = `update email_outbox e set next_attempt_at = now() + interval '5 minutes'
  where e.id in (select id from email_outbox where status = 'PENDING' and next_attempt_at <= now()
                 order by next_attempt_at, id limit $1 for update skip locked)
  returning e.id, e.to_address as "to", e.subject, e.body_text as "text", e.body_html as "html", e.attempts`;

export const MARK_SENT = `update email_outbox set status = 'SENT', attempts = attempts + 1, sent_at = now(), next_attempt_at = null,
  last_error = null where id = $1`;

/** A failed attempt: PENDING again after `$3` milliseconds, or FAILED when it was the last (`$4`). */
export const MARK_ATTEMPT_FAILED = `update email_outbox set attempts = attempts + 1, last_error = left($2, 1000),
  status = case when attempts + 1 >= $4 then 'FAILED' else 'PENDING' end,
  next_attempt_at = case when attempts + 1 >= $4 then null else now() + ($3::int * interval '1 millisecond') end
  where id = $1`;

/** When the next pending e-mail is due (to wake the sender then). */
export const NEXT_DUE_EMAIL = `select min(next_attempt_at) as at from email_outbox where status = 'PENDING'`;

/**
 * The job queues at a metrics scrape: each pg-boss queue's waiting (created or retrying, due or
 * deferred), running and failed (kept until pg-boss's retention removes them) jobs, in the job
 * schema `schema`. Zero rows for a queue still gives the queue, so its series always exist.
 */
export const jobQueueCountsSql = (schema: string) => `select q.name as queue,
  count(j.id) filter (where j.state in ('created', 'retry'))::int as queued,
  count(j.id) filter (where j.state = 'active')::int as active,
  count(j.id) filter (where j.state = 'failed')::int as failed
  from ${schema}.queue q left join ${schema}.job j on j.name = q.name and j.state in ('created', 'retry', 'active', 'failed')
  group by q.name order by q.name`;

/** The outbox at a metrics scrape: e-mails waiting to be sent and e-mails given up on. */
export const OUTBOX_COUNTS = `select (select count(*) from email_outbox where status = 'PENDING')::int as pending,
  (select count(*) from email_outbox where status = 'FAILED')::int as failed`;
