import { Migration } from '@mikro-orm/migrations';

/**
 * The follow-up engine (docs followup.md): notifications, each identified by
 * (kind, record, recipient, key) so that no sweep, retry or second hub instance can create
 * a duplicate; the users' e-mail settings; the e-mail outbox and which notifications each
 * e-mail carried; and the sweeps that ran (for the catch-up after downtime).
 */
export class Migration20261207130000_followup extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "notification_setting" (
      "user_id" int not null primary key references "hub_user" ("id") on update cascade on delete cascade,
      "email" text not null default 'DAILY' check ("email" in ('OFF', 'IMMEDIATE', 'DAILY', 'WEEKLY')),
      "language" text not null default 'ID' check ("language" in ('ID', 'EN')),
      "updated_at" timestamptz not null default now());`);

    this.addSql(`create table "notification" (
      "id" bigserial primary key,
      "kind" text not null check ("kind" in ('ACTION_ASSIGNED', 'ACTION_DUE_SOON', 'ACTION_OVERDUE', 'ACTION_ESCALATED',
        'COMMITMENT_DUE_SOON', 'COMMITMENT_OVERDUE', 'AGREEMENT_EXPIRING', 'REFERRAL_RECEIVED', 'REFERRAL_STALE',
        'RECOMMENDATION_RECEIVED', 'RECOMMENDATION_RESPONDED', 'RECOMMENDATION_RESPONSE_DUE')),
      "record_id" int not null,
      "recipient_id" int not null references "hub_user" ("id") on update cascade on delete cascade,
      "key" text not null,
      "as_of" date not null,
      "action_item_id" int null references "action_item" ("id") on update cascade on delete cascade,
      "commitment_id" int null references "commitment" ("id") on update cascade on delete cascade,
      "agreement_id" int null references "agreement" ("id") on update cascade on delete cascade,
      "referral_id" int null references "referral" ("id") on update cascade on delete cascade,
      "created_at" timestamptz not null default now(),
      "read_at" timestamptz null,
      constraint "notification_once" unique ("kind", "record_id", "recipient_id", "key"));`);
    this.addSql(`create index "notification_recipient_id_index" on "notification" ("recipient_id", "id");`);
    this.addSql(`create index "notification_unread_index" on "notification" ("recipient_id") where "read_at" is null;`);

    this.addSql(`create table "email_outbox" (
      "id" bigserial primary key,
      "recipient_id" int null references "hub_user" ("id") on update cascade on delete set null,
      "to_address" varchar(254) not null,
      "language" text not null check ("language" in ('ID', 'EN')),
      "subject" text not null,
      "body_text" text not null,
      "body_html" text not null,
      "notification_count" int not null,
      "digest_on" date null,
      "created_at" timestamptz not null default now(),
      "status" text not null check ("status" in ('PENDING', 'SENT', 'FAILED', 'NOT_SENT')),
      "attempts" int not null default 0,
      "next_attempt_at" timestamptz null,
      "last_error" text null,
      "sent_at" timestamptz null);`);
    this.addSql(`create index "email_outbox_pending_index" on "email_outbox" ("next_attempt_at") where "status" = 'PENDING';`);
    this.addSql(`create index "email_outbox_recipient_digest_index" on "email_outbox" ("recipient_id", "digest_on");`);
    this.addSql(`create index "email_outbox_to_address_index" on "email_outbox" ("to_address", "id");`);

    this.addSql(`create table "notification_email" (
      "notification_id" bigint not null primary key references "notification" ("id") on delete cascade,
      "email_id" bigint not null references "email_outbox" ("id") on delete cascade);`);
    this.addSql(`create index "notification_email_email_id_index" on "notification_email" ("email_id");`);

    this.addSql(`create table "followup_sweep" (
      "id" serial primary key,
      "as_of" date not null,
      "trigger" text not null check ("trigger" in ('SCHEDULE', 'CATCH_UP', 'MANUAL', 'DEMO')),
      "notifications_created" int not null,
      "emails_queued" int not null,
      "started_at" timestamptz not null,
      "finished_at" timestamptz not null default now());`);
    this.addSql(`create index "followup_sweep_as_of_index" on "followup_sweep" ("as_of");`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "followup_sweep" cascade;');
    this.addSql('drop table if exists "notification_email" cascade;');
    this.addSql('drop table if exists "email_outbox" cascade;');
    this.addSql('drop table if exists "notification" cascade;');
    this.addSql('drop table if exists "notification_setting" cascade;');
  }
}
