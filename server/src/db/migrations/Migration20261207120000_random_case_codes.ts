import { Migration } from '@mikro-orm/migrations';

/**
 * Case codes no longer carry a sequence number (modules/case/case.code.ts): new codes end in six
 * random characters, so the per-province, per-year counter goes. Existing cases keep the codes
 * they have (`NB-2026-000123`); the unique constraint on `case_record.code` covers old and new.
 */
export class Migration20261207120000_random_case_codes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop table if exists "case_code_sequence";`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `create table "case_code_sequence" ("prefix" varchar(3) not null, "year" int not null, "last_value" int not null default 0, constraint "case_code_sequence_pkey" primary key ("prefix", "year"));`,
    );
    this.addSql(
      `insert into "case_code_sequence" ("prefix", "year", "last_value")
       select split_part(code, '-', 1), split_part(code, '-', 2)::int, max(split_part(code, '-', 3)::int)
       from "case_record" where code ~ '^[A-Z]{2,3}-[0-9]{4}-[0-9]{6}$' group by 1, 2;`,
    );
  }
}
