import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122114009 } from './Migration20261122114009';
import { Migration20261122130000_append_only_history } from './Migration20261122130000_append_only_history';
import { Migration20261122150000_metrics_indexes } from './Migration20261122150000_metrics_indexes';
import { Migration20261122170000_metrics_lock_order } from './Migration20261122170000_metrics_lock_order';
import { Migration20261207100000_trend_opened_on } from './Migration20261207100000_trend_opened_on';
import { Migration20261207120000_random_case_codes } from './Migration20261207120000_random_case_codes';
import { Migration20261207110000_login_throttle } from './Migration20261207110000_login_throttle';
import { Migration20261207130000_followup } from './Migration20261207130000_followup';
import { Migration20261207140000_recommendations } from './Migration20261207140000_recommendations';
import { Migration20261207141000_recommendation_notifications } from './Migration20261207141000_recommendation_notifications';
import { Migration20261208170000_metrics_daily_trend } from './Migration20261208170000_metrics_daily_trend';
import { Migration20261209100000_metrics_agency_cumulative } from './Migration20261209100000_metrics_agency_cumulative';

/** Every committed migration, in order. New migrations are generated with `npm run migration:create -w server`. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261122114009', class: Migration20261122114009 },
  { name: 'Migration20261122130000_append_only_history', class: Migration20261122130000_append_only_history },
  { name: 'Migration20261122150000_metrics_indexes', class: Migration20261122150000_metrics_indexes },
  { name: 'Migration20261122170000_metrics_lock_order', class: Migration20261122170000_metrics_lock_order },
  { name: 'Migration20261207100000_trend_opened_on', class: Migration20261207100000_trend_opened_on },
  { name: 'Migration20261207110000_login_throttle', class: Migration20261207110000_login_throttle },
  { name: 'Migration20261207120000_random_case_codes', class: Migration20261207120000_random_case_codes },
  { name: 'Migration20261207130000_followup', class: Migration20261207130000_followup },
  { name: 'Migration20261207140000_recommendations', class: Migration20261207140000_recommendations },
  { name: 'Migration20261207141000_recommendation_notifications', class: Migration20261207141000_recommendation_notifications },
  { name: 'Migration20261208170000_metrics_daily_trend', class: Migration20261208170000_metrics_daily_trend },
  { name: 'Migration20261209100000_metrics_agency_cumulative', class: Migration20261209100000_metrics_agency_cumulative },
];
