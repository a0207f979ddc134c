import { Migration } from '@mikro-orm/migrations';

/**
 * Recommendations of oversight bodies (docs: recommendations.md): the recommendation with its
 * answer, the agencies it names, and the link from an action item to the recommendation it
 * implements. An answer is all or nothing: response and respondedOn are set together.
 */
export class Migration20261207140000_recommendations extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "recommendation" ("id" serial primary key, "reference" varchar(100) null, "title" varchar(300) not null, "text" text not null, "issuer_id" int not null, "issued_on" date not null, "province_code" varchar(2) null, "issue_areas" text[] not null, "response_due_on" date null, "response" text check ("response" in ('ACCEPTED', 'PARTIALLY_ACCEPTED', 'NOTED')) null, "response_note" text null, "responded_on" date null, "responded_by_id" int null, "created_by_id" int not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      constraint "recommendation_answer_whole" check (("response" is null) = ("responded_on" is null)));`);
    this.addSql(`create index "recommendation_issuer_id_index" on "recommendation" ("issuer_id");`);
    this.addSql(`create index "recommendation_province_code_issued_on_index" on "recommendation" ("province_code", "issued_on");`);

    this.addSql(`create table "recommendation_addressee" ("recommendation_id" int not null, "agency_id" int not null, constraint "recommendation_addressee_pkey" primary key ("recommendation_id", "agency_id"));`);
    this.addSql(`create index "recommendation_addressee_agency_id_index" on "recommendation_addressee" ("agency_id");`);

    this.addSql(`alter table "recommendation" add constraint "recommendation_issuer_id_foreign" foreign key ("issuer_id") references "agency" ("id") on update cascade;`);
    this.addSql(`alter table "recommendation" add constraint "recommendation_province_code_foreign" foreign key ("province_code") references "province" ("code") on update cascade on delete set null;`);
    this.addSql(`alter table "recommendation" add constraint "recommendation_responded_by_id_foreign" foreign key ("responded_by_id") references "hub_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "recommendation" add constraint "recommendation_created_by_id_foreign" foreign key ("created_by_id") references "hub_user" ("id") on update cascade;`);

    this.addSql(`alter table "recommendation_addressee" add constraint "recommendation_addressee_recommendation_id_foreign" foreign key ("recommendation_id") references "recommendation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "recommendation_addressee" add constraint "recommendation_addressee_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade;`);

    this.addSql(`alter table "action_item" add column "recommendation_id" int null;`);
    this.addSql(`alter table "action_item" add constraint "action_item_recommendation_id_foreign" foreign key ("recommendation_id") references "recommendation" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "action_item_recommendation_id_index" on "action_item" ("recommendation_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "action_item" drop constraint "action_item_recommendation_id_foreign";`);
    this.addSql(`drop index "action_item_recommendation_id_index";`);
    this.addSql(`alter table "action_item" drop column "recommendation_id";`);
    this.addSql(`drop table if exists "recommendation_addressee" cascade;`);
    this.addSql(`drop table if exists "recommendation" cascade;`);
  }
}
