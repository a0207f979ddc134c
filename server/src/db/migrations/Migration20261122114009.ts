import { Migration } from '@mikro-orm/migrations';

export class Migration20261122114009 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "case_code_sequence" ("prefix" varchar(3) not null, "year" int not null, "last_value" int not null default 0, constraint "case_code_sequence_pkey" primary key ("prefix", "year"));`);

    this.addSql(`create table "hub_setting" ("key" varchar(100) not null, "value" text not null, constraint "hub_setting_pkey" primary key ("key"));`);

    this.addSql(`create table "province" ("code" varchar(2) not null, "name" varchar(100) not null, "iso_code" varchar(3) not null, constraint "province_pkey" primary key ("code"));`);

    this.addSql(`create table "network" ("id" serial primary key, "name" varchar(300) not null, "description" text null, "province_code" varchar(2) null, "issue_areas" text[] not null, "created_at" timestamptz not null);`);
    this.addSql(`create index "network_province_code_index" on "network" ("province_code");`);

    this.addSql(`create table "meeting" ("id" serial primary key, "title" varchar(300) not null, "held_on" date not null, "province_code" varchar(2) null, "network_id" int null, "summary" text null, "created_at" timestamptz not null);`);
    this.addSql(`create index "meeting_network_id_index" on "meeting" ("network_id");`);
    this.addSql(`create index "meeting_province_code_held_on_index" on "meeting" ("province_code", "held_on");`);

    this.addSql(`create table "agreement" ("id" serial primary key, "title" varchar(300) not null, "reference" varchar(100) null, "kind" text check ("kind" in ('MOU', 'COOPERATION_AGREEMENT', 'JOINT_COMMITMENT', 'REGULATION')) not null, "issue_areas" text[] not null, "province_code" varchar(2) null, "network_id" int null, "meeting_id" int null, "signed_on" date null, "expires_on" date null, "terminated_on" date null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "agreement_network_id_index" on "agreement" ("network_id");`);
    this.addSql(`create index "agreement_meeting_id_index" on "agreement" ("meeting_id");`);
    this.addSql(`create index "agreement_province_code_expires_on_index" on "agreement" ("province_code", "expires_on");`);

    this.addSql(`create table "regency" ("code" varchar(5) not null, "province_code" varchar(2) not null, "name" varchar(100) not null, constraint "regency_pkey" primary key ("code"));`);
    this.addSql(`create index "regency_province_code_index" on "regency" ("province_code");`);

    this.addSql(`create table "agency" ("id" serial primary key, "name" varchar(300) not null, "acronym" varchar(50) null, "sector" text check ("sector" in ('PROTECTION_SERVICE', 'SOCIAL_WELFARE', 'POLICE', 'PROSECUTION', 'JUDICIARY', 'HEALTH', 'EDUCATION', 'LEGAL_AID', 'CIVIL_SOCIETY', 'OVERSIGHT', 'COMMUNITY', 'OTHER')) not null, "level" text check ("level" in ('NATIONAL', 'PROVINCE', 'REGENCY')) not null, "province_code" varchar(2) null, "regency_code" varchar(5) null, "active" boolean not null default true, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "agency_regency_code_index" on "agency" ("regency_code");`);
    this.addSql(`create index "agency_province_code_sector_index" on "agency" ("province_code", "sector");`);

    this.addSql(`create table "network_membership" ("network_id" int not null, "agency_id" int not null, "role" text check ("role" in ('LEAD', 'MEMBER', 'OBSERVER')) not null default 'MEMBER', "joined_on" date null, constraint "network_membership_pkey" primary key ("network_id", "agency_id"));`);
    this.addSql(`create index "network_membership_agency_id_index" on "network_membership" ("agency_id");`);

    this.addSql(`create table "meeting_attendee" ("meeting_id" int not null, "agency_id" int not null, constraint "meeting_attendee_pkey" primary key ("meeting_id", "agency_id"));`);
    this.addSql(`create index "meeting_attendee_agency_id_index" on "meeting_attendee" ("agency_id");`);

    this.addSql(`create table "commitment" ("id" serial primary key, "agreement_id" int not null, "agency_id" int not null, "description" text not null, "issue_area" text check ("issue_area" in ('CHILD_MARRIAGE', 'VIOLENCE_AGAINST_WOMEN', 'DOMESTIC_VIOLENCE', 'SEXUAL_VIOLENCE', 'VIOLENCE_AGAINST_CHILDREN', 'TRAFFICKING', 'OTHER')) null, "indicator" varchar(300) null, "target_value" double precision null, "achieved_value" double precision null, "due_on" date null, "status" text check ("status" in ('PLANNED', 'IN_PROGRESS', 'FULFILLED', 'LAPSED')) not null default 'PLANNED', "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "commitment_agreement_id_index" on "commitment" ("agreement_id");`);
    this.addSql(`create index "commitment_agency_id_index" on "commitment" ("agency_id");`);

    this.addSql(`create table "case_record" ("id" serial primary key, "code" varchar(20) not null, "province_code" varchar(2) not null, "regency_code" varchar(5) null, "issue_area" text check ("issue_area" in ('CHILD_MARRIAGE', 'VIOLENCE_AGAINST_WOMEN', 'DOMESTIC_VIOLENCE', 'SEXUAL_VIOLENCE', 'VIOLENCE_AGAINST_CHILDREN', 'TRAFFICKING', 'OTHER')) not null, "victim_age_group" text check ("victim_age_group" in ('CHILD_0_5', 'CHILD_6_12', 'CHILD_13_17', 'ADULT_18_24', 'ADULT_25_59', 'ADULT_60_PLUS')) not null, "victim_sex" text check ("victim_sex" in ('FEMALE', 'MALE')) not null, "reported_on" date not null, "intake_agency_id" int not null, "outcome" text check ("outcome" in ('OPEN', 'IN_SERVICE', 'IN_LEGAL_PROCESS', 'RESOLVED', 'CONVICTED', 'DISMISSED', 'WITHDRAWN', 'REFERRED_OUT')) not null default 'OPEN', "closed_on" date null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`alter table "case_record" add constraint "case_record_code_unique" unique ("code");`);
    this.addSql(`create index "case_record_intake_agency_id_index" on "case_record" ("intake_agency_id");`);
    this.addSql(`create index "case_record_province_code_reported_on_index" on "case_record" ("province_code", "reported_on");`);

    this.addSql(`create table "referral" ("id" serial primary key, "case_id" int not null, "from_agency_id" int not null, "to_agency_id" int not null, "referred_on" date not null, "responded_on" date null, "status" text check ("status" in ('PENDING', 'ACCEPTED', 'DECLINED', 'COMPLETED')) not null default 'PENDING', "created_at" timestamptz not null);`);
    this.addSql(`create index "referral_case_id_index" on "referral" ("case_id");`);
    this.addSql(`create index "referral_from_agency_id_index" on "referral" ("from_agency_id");`);
    this.addSql(`create index "referral_to_agency_id_index" on "referral" ("to_agency_id");`);

    this.addSql(`create table "agreement_party" ("agreement_id" int not null, "agency_id" int not null, constraint "agreement_party_pkey" primary key ("agreement_id", "agency_id"));`);
    this.addSql(`create index "agreement_party_agency_id_index" on "agreement_party" ("agency_id");`);

    this.addSql(`create table "action_item" ("id" serial primary key, "title" varchar(300) not null, "description" text null, "province_code" varchar(2) not null, "agency_id" int not null, "commitment_id" int null, "meeting_id" int null, "priority" text check ("priority" in ('LOW', 'MEDIUM', 'HIGH', 'URGENT')) not null default 'MEDIUM', "status" text check ("status" in ('OPEN', 'IN_PROGRESS', 'BLOCKED', 'DONE', 'CANCELLED')) not null default 'OPEN', "opened_on" date not null, "due_on" date not null, "completed_on" date null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "action_item_commitment_id_index" on "action_item" ("commitment_id");`);
    this.addSql(`create index "action_item_meeting_id_index" on "action_item" ("meeting_id");`);
    this.addSql(`create index "action_item_agency_id_due_on_index" on "action_item" ("agency_id", "due_on");`);
    this.addSql(`create index "action_item_province_code_due_on_index" on "action_item" ("province_code", "due_on");`);

    this.addSql(`create table "service_record" ("id" serial primary key, "case_id" int not null, "agency_id" int not null, "type" text check ("type" in ('MEDICAL', 'PSYCHOSOCIAL', 'LEGAL_AID', 'SHELTER', 'SOCIAL_ASSISTANCE', 'EDUCATION_CONTINUITY', 'RESTITUTION', 'REHABILITATION', 'REINTEGRATION')) not null, "provided_on" date not null, "created_at" timestamptz not null);`);
    this.addSql(`create index "service_record_case_id_index" on "service_record" ("case_id");`);
    this.addSql(`create index "service_record_agency_id_index" on "service_record" ("agency_id");`);

    this.addSql(`create table "hub_user" ("id" serial primary key, "email" varchar(254) not null, "display_name" varchar(200) not null, "password_hash" text not null, "role" text check ("role" in ('ADMIN', 'COORDINATOR', 'OVERSIGHT', 'MEMBER')) not null, "province_code" varchar(2) null, "agency_id" int null, "active" boolean not null default true, "created_at" timestamptz not null);`);
    this.addSql(`alter table "hub_user" add constraint "hub_user_email_unique" unique ("email");`);
    this.addSql(`create index "hub_user_agency_id_index" on "hub_user" ("agency_id");`);

    this.addSql(`create table "user_session" ("id" uuid not null, "user_id" int not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, constraint "user_session_pkey" primary key ("id"));`);
    this.addSql(`create index "user_session_user_id_index" on "user_session" ("user_id");`);

    this.addSql(`create table "audit_event" ("id" bigserial primary key, "at" timestamptz not null, "actor_id" int null, "action" varchar(100) not null, "entity_type" varchar(50) not null, "entity_id" varchar(50) not null, "province_code" varchar(2) null, "changes" jsonb null);`);
    this.addSql(`create index "audit_event_actor_id_index" on "audit_event" ("actor_id");`);
    this.addSql(`create index "audit_event_province_code_id_index" on "audit_event" ("province_code", "id");`);
    this.addSql(`create index "audit_event_entity_type_entity_id_index" on "audit_event" ("entity_type", "entity_id");`);

    this.addSql(`create table "action_update" ("id" serial primary key, "action_item_id" int not null, "author_id" int not null, "note" text null, "from_status" text check ("from_status" in ('OPEN', 'IN_PROGRESS', 'BLOCKED', 'DONE', 'CANCELLED')) null, "to_status" text check ("to_status" in ('OPEN', 'IN_PROGRESS', 'BLOCKED', 'DONE', 'CANCELLED')) null, "changes" jsonb null, "created_at" timestamptz not null);`);
    this.addSql(`create index "action_update_action_item_id_created_at_index" on "action_update" ("action_item_id", "created_at");`);

    this.addSql(`alter table "network" add constraint "network_province_code_foreign" foreign key ("province_code") references "province" ("code") on update cascade on delete set null;`);

    this.addSql(`alter table "meeting" add constraint "meeting_province_code_foreign" foreign key ("province_code") references "province" ("code") on update cascade on delete set null;`);
    this.addSql(`alter table "meeting" add constraint "meeting_network_id_foreign" foreign key ("network_id") references "network" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "agreement" add constraint "agreement_province_code_foreign" foreign key ("province_code") references "province" ("code") on update cascade on delete set null;`);
    this.addSql(`alter table "agreement" add constraint "agreement_network_id_foreign" foreign key ("network_id") references "network" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "agreement" add constraint "agreement_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "regency" add constraint "regency_province_code_foreign" foreign key ("province_code") references "province" ("code") on update cascade;`);

    this.addSql(`alter table "agency" add constraint "agency_province_code_foreign" foreign key ("province_code") references "province" ("code") on update cascade on delete set null;`);
    this.addSql(`alter table "agency" add constraint "agency_regency_code_foreign" foreign key ("regency_code") references "regency" ("code") on update cascade on delete set null;`);

    this.addSql(`alter table "network_membership" add constraint "network_membership_network_id_foreign" foreign key ("network_id") references "network" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "network_membership" add constraint "network_membership_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade;`);

    this.addSql(`alter table "meeting_attendee" add constraint "meeting_attendee_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "meeting_attendee" add constraint "meeting_attendee_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade;`);

    this.addSql(`alter table "commitment" add constraint "commitment_agreement_id_foreign" foreign key ("agreement_id") references "agreement" ("id") on update cascade;`);
    this.addSql(`alter table "commitment" add constraint "commitment_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade;`);

    this.addSql(`alter table "case_record" add constraint "case_record_province_code_foreign" foreign key ("province_code") references "province" ("code") on update cascade;`);
    this.addSql(`alter table "case_record" add constraint "case_record_regency_code_foreign" foreign key ("regency_code") references "regency" ("code") on update cascade on delete set null;`);
    this.addSql(`alter table "case_record" add constraint "case_record_intake_agency_id_foreign" foreign key ("intake_agency_id") references "agency" ("id") on update cascade;`);

    this.addSql(`alter table "referral" add constraint "referral_case_id_foreign" foreign key ("case_id") references "case_record" ("id") on update cascade;`);
    this.addSql(`alter table "referral" add constraint "referral_from_agency_id_foreign" foreign key ("from_agency_id") references "agency" ("id") on update cascade;`);
    this.addSql(`alter table "referral" add constraint "referral_to_agency_id_foreign" foreign key ("to_agency_id") references "agency" ("id") on update cascade;`);

    this.addSql(`alter table "agreement_party" add constraint "agreement_party_agreement_id_foreign" foreign key ("agreement_id") references "agreement" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "agreement_party" add constraint "agreement_party_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade;`);

    this.addSql(`alter table "action_item" add constraint "action_item_province_code_foreign" foreign key ("province_code") references "province" ("code") on update cascade;`);
    this.addSql(`alter table "action_item" add constraint "action_item_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade;`);
    this.addSql(`alter table "action_item" add constraint "action_item_commitment_id_foreign" foreign key ("commitment_id") references "commitment" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "action_item" add constraint "action_item_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "service_record" add constraint "service_record_case_id_foreign" foreign key ("case_id") references "case_record" ("id") on update cascade;`);
    this.addSql(`alter table "service_record" add constraint "service_record_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade;`);

    this.addSql(`alter table "hub_user" add constraint "hub_user_province_code_foreign" foreign key ("province_code") references "province" ("code") on update cascade on delete set null;`);
    this.addSql(`alter table "hub_user" add constraint "hub_user_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "user_session" add constraint "user_session_user_id_foreign" foreign key ("user_id") references "hub_user" ("id") on update cascade;`);

    this.addSql(`alter table "audit_event" add constraint "audit_event_actor_id_foreign" foreign key ("actor_id") references "hub_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_province_code_foreign" foreign key ("province_code") references "province" ("code") on update cascade on delete set null;`);

    this.addSql(`alter table "action_update" add constraint "action_update_action_item_id_foreign" foreign key ("action_item_id") references "action_item" ("id") on update cascade;`);
    this.addSql(`alter table "action_update" add constraint "action_update_author_id_foreign" foreign key ("author_id") references "hub_user" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "network" drop constraint "network_province_code_foreign";`);

    this.addSql(`alter table "meeting" drop constraint "meeting_province_code_foreign";`);

    this.addSql(`alter table "agreement" drop constraint "agreement_province_code_foreign";`);

    this.addSql(`alter table "regency" drop constraint "regency_province_code_foreign";`);

    this.addSql(`alter table "agency" drop constraint "agency_province_code_foreign";`);

    this.addSql(`alter table "case_record" drop constraint "case_record_province_code_foreign";`);

    this.addSql(`alter table "action_item" drop constraint "action_item_province_code_foreign";`);

    this.addSql(`alter table "hub_user" drop constraint "hub_user_province_code_foreign";`);

    this.addSql(`alter table "audit_event" drop constraint "audit_event_province_code_foreign";`);

    this.addSql(`alter table "meeting" drop constraint "meeting_network_id_foreign";`);

    this.addSql(`alter table "agreement" drop constraint "agreement_network_id_foreign";`);

    this.addSql(`alter table "network_membership" drop constraint "network_membership_network_id_foreign";`);

    this.addSql(`alter table "agreement" drop constraint "agreement_meeting_id_foreign";`);

    this.addSql(`alter table "meeting_attendee" drop constraint "meeting_attendee_meeting_id_foreign";`);

    this.addSql(`alter table "action_item" drop constraint "action_item_meeting_id_foreign";`);

    this.addSql(`alter table "commitment" drop constraint "commitment_agreement_id_foreign";`);

    this.addSql(`alter table "agreement_party" drop constraint "agreement_party_agreement_id_foreign";`);

    this.addSql(`alter table "agency" drop constraint "agency_regency_code_foreign";`);

    this.addSql(`alter table "case_record" drop constraint "case_record_regency_code_foreign";`);

    this.addSql(`alter table "network_membership" drop constraint "network_membership_agency_id_foreign";`);

    this.addSql(`alter table "meeting_attendee" drop constraint "meeting_attendee_agency_id_foreign";`);

    this.addSql(`alter table "commitment" drop constraint "commitment_agency_id_foreign";`);

    this.addSql(`alter table "case_record" drop constraint "case_record_intake_agency_id_foreign";`);

    this.addSql(`alter table "referral" drop constraint "referral_from_agency_id_foreign";`);

    this.addSql(`alter table "referral" drop constraint "referral_to_agency_id_foreign";`);

    this.addSql(`alter table "agreement_party" drop constraint "agreement_party_agency_id_foreign";`);

    this.addSql(`alter table "action_item" drop constraint "action_item_agency_id_foreign";`);

    this.addSql(`alter table "service_record" drop constraint "service_record_agency_id_foreign";`);

    this.addSql(`alter table "hub_user" drop constraint "hub_user_agency_id_foreign";`);

    this.addSql(`alter table "action_item" drop constraint "action_item_commitment_id_foreign";`);

    this.addSql(`alter table "referral" drop constraint "referral_case_id_foreign";`);

    this.addSql(`alter table "service_record" drop constraint "service_record_case_id_foreign";`);

    this.addSql(`alter table "action_update" drop constraint "action_update_action_item_id_foreign";`);

    this.addSql(`alter table "user_session" drop constraint "user_session_user_id_foreign";`);

    this.addSql(`alter table "audit_event" drop constraint "audit_event_actor_id_foreign";`);

    this.addSql(`alter table "action_update" drop constraint "action_update_author_id_foreign";`);

    this.addSql(`drop table if exists "case_code_sequence" cascade;`);

    this.addSql(`drop table if exists "hub_setting" cascade;`);

    this.addSql(`drop table if exists "province" cascade;`);

    this.addSql(`drop table if exists "network" cascade;`);

    this.addSql(`drop table if exists "meeting" cascade;`);

    this.addSql(`drop table if exists "agreement" cascade;`);

    this.addSql(`drop table if exists "regency" cascade;`);

    this.addSql(`drop table if exists "agency" cascade;`);

    this.addSql(`drop table if exists "network_membership" cascade;`);

    this.addSql(`drop table if exists "meeting_attendee" cascade;`);

    this.addSql(`drop table if exists "commitment" cascade;`);

    this.addSql(`drop table if exists "case_record" cascade;`);

    this.addSql(`drop table if exists "referral" cascade;`);

    this.addSql(`drop table if exists "agreement_party" cascade;`);

    this.addSql(`drop table if exists "action_item" cascade;`);

    this.addSql(`drop table if exists "service_record" cascade;`);

    this.addSql(`drop table if exists "hub_user" cascade;`);

    this.addSql(`drop table if exists "user_session" cascade;`);

    this.addSql(`drop table if exists "audit_event" cascade;`);

    this.addSql(`drop table if exists "action_update" cascade;`);
  }

}
