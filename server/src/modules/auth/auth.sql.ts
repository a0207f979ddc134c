/** Every SQL statement of the auth module. */

/** Counts a sign-in attempt against its keys and decides (migration ..._login_throttle). */
export const LOGIN_ATTEMPT = `select allowed, retry_after_seconds as "retryAfterSeconds"
  from hub_login_attempt($1::text[], $2::int[], $3::int[], $4::int[])`;

export const LOGIN_SUCCEEDED = `with pair as (delete from login_throttle where key = $1)
  update login_throttle set attempts = greatest(attempts - 1, 0) where key = any($2::text[])`;

/**
 * The viewer of a session, read on every request (no cache), so that logout, deactivation and a
 * new role, province or agency apply to the very next request on every instance. One statement
 * by primary keys.
 */
export const VIEWER_OF_SESSION = `select u.id, u.email, u.display_name as "displayName", u.role, u.province_code as "provinceCode",
       u.agency_id as "agencyId", a.province_code as "agencyProvinceCode"
  from user_session s
  join hub_user u on u.id = s.user_id
  left join agency a on a.id = u.agency_id
  where s.id = $1 and s.revoked_at is null and s.expires_at > now() and u.active`;

export const USER_FOR_LOGIN = (userColumns: string) =>
  `select ${userColumns}, u.password_hash as "passwordHash" from hub_user u where u.email = $1 and u.active`;

export const INSERT_SESSION = 'insert into user_session (id, user_id, created_at, expires_at) values ($1, $2, now(), $3)';

export const REVOKE_SESSION = 'update user_session set revoked_at = now() where id = $1 and revoked_at is null';
