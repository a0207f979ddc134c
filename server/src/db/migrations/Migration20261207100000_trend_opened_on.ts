import { Migration } from '@mikro-orm/migrations';

/**
 * The trend's month under way (docs/metrics.md, "Trend": in the month that contains `to`, M1 is
 * `to`) is counted from action_item for the days from the first of that month to `to`: items
 * opened in those days are found through this index (the others through the due-date and
 * completion-date indexes of the metrics migration).
 */
export class Migration20261207100000_trend_opened_on extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "action_item_province_code_opened_on_index" on "action_item" ("province_code", "opened_on");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "action_item_province_code_opened_on_index";`);
  }
}
