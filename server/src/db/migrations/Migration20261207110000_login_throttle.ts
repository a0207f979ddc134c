import { Migration } from '@mikro-orm/migrations';

/**
 * Sign-in throttling kept in the database, so that it holds whatever the concurrency and the
 * number of hub instances (modules/auth/login-throttle.ts has the limits and the reasons).
 *
 * `login_throttle` has one row per counted key (an e-mail+address pair, an address, an e-mail;
 * e-mails only as hashes): attempts in the current window and, once over the limit, until when
 * the key is locked. `hub_login_attempt` counts one attempt against every key in one call: it
 * locks the rows in the order given (always the same order, so concurrent calls never deadlock),
 * refuses when any key is locked or has reached its limit (locking it), and otherwise counts the
 * attempt in all of them. A refused attempt counts nowhere, so hammering a locked pair cannot
 * lock the e-mail for everyone else.
 */
export class Migration20261207110000_login_throttle extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table login_throttle (
      key text primary key,
      attempts int not null default 0,
      window_start timestamptz not null default now(),
      locked_until timestamptz null
    );`);
    this.addSql(`create or replace function hub_login_attempt(p_keys text[], p_limits int[], p_window_seconds int[], p_lock_seconds int[])
returns table (allowed boolean, retry_after_seconds int) language plpgsql as $$
declare
  i int;
  r login_throttle%rowtype;
  blocked_until timestamptz := null;
begin
  -- Now and then, forget keys whose window and lock are long over.
  if random() < 0.01 then
    delete from login_throttle where window_start < now() - interval '1 day' and (locked_until is null or locked_until < now());
  end if;
  for i in 1 .. array_length(p_keys, 1) loop
    insert into login_throttle (key) values (p_keys[i]) on conflict (key) do nothing;
    select * into r from login_throttle where key = p_keys[i] for update;
    if r.window_start + make_interval(secs => p_window_seconds[i]) < now() and (r.locked_until is null or r.locked_until <= now()) then
      update login_throttle set attempts = 0, window_start = now(), locked_until = null where key = p_keys[i]
        returning * into r;
    end if;
    if r.locked_until > now() then
      blocked_until := greatest(blocked_until, r.locked_until);
    elsif r.attempts >= p_limits[i] then
      update login_throttle set locked_until = now() + make_interval(secs => p_lock_seconds[i]) where key = p_keys[i]
        returning * into r;
      blocked_until := greatest(blocked_until, r.locked_until);
    end if;
  end loop;
  if blocked_until is null then
    update login_throttle set attempts = attempts + 1 where key = any(p_keys);
    return query select true, 0;
  else
    return query select false, ceil(extract(epoch from blocked_until - now()))::int;
  end if;
end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop function if exists hub_login_attempt(text[], int[], int[], int[]);');
    this.addSql('drop table if exists login_throttle;');
  }
}
