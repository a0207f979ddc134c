import type { LoaderFactory } from '../../common/context';
import { batchLoader, byKey } from '../../common/loaders';
import type { NotificationSettingsModel } from './notification.model';
import { SETTINGS_OF_USERS } from './notification.sql';

/** Users' notification settings (defaults for users without a row), one statement per batch. */
export const settingsByUser: LoaderFactory<number, NotificationSettingsModel> = (ctx) =>
  batchLoader(ctx, settingsByUser, async (ids) => {
    const rows = await ctx.sql.all<NotificationSettingsModel & { userId: number }>(SETTINGS_OF_USERS, [ids], { prepare: true });
    return byKey(ids, rows, (r) => r.userId).map((r) => r ?? { email: 'DAILY', language: 'ID' }) as NotificationSettingsModel[];
  });
