import { Migration } from '@mikro-orm/migrations';

/**
 * Notifications about recommendations (followup.md: RECOMMENDATION_RECEIVED,
 * RECOMMENDATION_RESPONDED, RECOMMENDATION_RESPONSE_DUE) point at their recommendation as the
 * other kinds point at their record.
 */
export class Migration20261207141000_recommendation_notifications extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "notification" add column "recommendation_id" int null references "recommendation" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "notification" drop column "recommendation_id";`);
  }
}
