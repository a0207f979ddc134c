import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122114009 } from './Migration20261122114009';

/** Every committed migration, in order. New migrations are generated with `npm run migration:create -w server`. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261122114009', class: Migration20261122114009 },
];
