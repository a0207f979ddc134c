/** Every SQL statement of the users module, and the user's columns as the auth module reads them. */
import { type PageQuery, Params } from '../../common/pagination';
import { escapeLike, selectList, type Sql } from '../../common/sql';
import type { UserModel } from './user.model';

/** A user row as UserModel holds it (`u` is the hub_user table); never the password hash. */
export const USER_COLUMNS = selectList({
  id: 'u.id',
  email: 'u.email',
  displayName: 'u.display_name',
  role: 'u.role',
  active: 'u.active',
  provinceCode: 'u.province_code',
  agencyId: 'u.agency_id',
} satisfies Record<Exclude<keyof UserModel, 'signingIn'>, string>);

/** The changeable columns, diffed into a user's audit events (a new user's also records its e-mail). */
export const USER_AUDITED: (keyof UserModel)[] = ['displayName', 'role', 'provinceCode', 'agencyId', 'active'];

export interface UserListFilter {
  role?: string | null;
  provinceCode?: string | null;
  /** 0 for an id that names nothing. */
  agencyId?: number | null;
  /** Trimmed and lower-cased, not blank: matched anywhere in the e-mail or name. */
  search?: string | null;
}

/** The list's statement parts: filters, in id order. */
export function userListParts(filter: UserListFilter): PageQuery {
  const params = new Params();
  const where: string[] = [];
  if (filter.role) where.push(`u.role = ${params.add(filter.role)}`);
  if (filter.provinceCode) where.push(`u.province_code = ${params.add(filter.provinceCode)}`);
  if (filter.agencyId !== undefined && filter.agencyId !== null) where.push(`u.agency_id = ${params.add(filter.agencyId)}`);
  if (filter.search) {
    const p = params.add(`%${escapeLike(filter.search)}%`);
    where.push(`(u.email like ${p} or lower(u.display_name) like ${p})`);
  }
  return { columns: USER_COLUMNS, from: 'from hub_user u', where, params, keys: [{ expr: 'u.id', type: 'int' }], direction: 'asc' };
}

/** Users by id, in no particular order (userById). */
export function usersByIds(sql: Sql, ids: readonly number[]) {
  return sql.all<UserModel>(`select ${USER_COLUMNS} from hub_user u where u.id = any($1::int[])`, [ids], { prepare: true });
}

/** One user; `lock` takes its row lock for a change. */
export function userRow(sql: Sql, id: number, lock = false) {
  return sql.maybeOne<UserModel>(`select ${USER_COLUMNS} from hub_user u where u.id = $1${lock ? ' for update' : ''}`, [id]);
}

/** Whether an account already uses the (lower-cased) e-mail address. */
export async function emailTaken(sql: Sql, email: string): Promise<boolean> {
  return !!(await sql.maybeOne('select 1 from hub_user where email = $1', [email]));
}

export interface NewUser {
  email: string;
  displayName: string;
  passwordHash: string;
  role: string;
  provinceCode: string | null;
  agencyId: number | null;
}

export function insertUser(sql: Sql, row: NewUser) {
  return sql.one<UserModel>(
    `insert into hub_user as u (email, display_name, password_hash, role, province_code, agency_id, active, created_at)
     values ($1, $2, $3, $4, $5, $6, true, now())
     returning ${USER_COLUMNS}`,
    [row.email, row.displayName, row.passwordHash, row.role, row.provinceCode, row.agencyId],
  );
}

/** A user's changeable fields; a null `passwordHash` keeps the password. */
export interface UserChange {
  displayName: string;
  role: string;
  provinceCode: string | null;
  agencyId: number | null;
  active: boolean;
  passwordHash: string | null;
}

export function updateUserRow(sql: Sql, id: number, change: UserChange) {
  return sql.one<UserModel>(
    `update hub_user u set display_name = $2, role = $3, province_code = $4, agency_id = $5, active = $6,
       password_hash = coalesce($7, password_hash)
     where u.id = $1 returning ${USER_COLUMNS}`,
    [id, change.displayName, change.role, change.provinceCode, change.agencyId, change.active, change.passwordHash],
  );
}

/** Ends every open session of a user. */
export function revokeSessionsOf(sql: Sql, userId: number) {
  return sql.run('update user_session set revoked_at = now() where user_id = $1 and revoked_at is null', [userId]);
}
