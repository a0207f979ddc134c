import { Migration } from '@mikro-orm/migrations';

/**
 * The audit trail and action item histories are append-only: besides the API offering
 * no way to change them, the database refuses UPDATE and DELETE on their rows.
 */
export class Migration20261122130000_append_only_history extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function hub_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception '% rows are append-only', tg_table_name using errcode = 'insufficient_privilege';
end $$;`);
    this.addSql(`create trigger audit_event_append_only before update or delete on audit_event
      for each row execute function hub_refuse_change();`);
    this.addSql(`create trigger action_update_append_only before update or delete on action_update
      for each row execute function hub_refuse_change();`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists action_update_append_only on action_update;');
    this.addSql('drop trigger if exists audit_event_append_only on audit_event;');
    this.addSql('drop function if exists hub_refuse_change();');
  }
}
