import crypto from 'node:crypto';
import type { Request, Response } from 'express';
import { withViewer, type Context, type Viewer } from '../../common/context';
import { Role } from '../../common/enums';
import { AppError, unauthenticated } from '../../common/errors';
import { runMutation } from '../../common/mutation';
import type { Sql } from '../../common/sql';
import { USER_COLUMNS, type UserModel } from '../user/user.model';
import type { AuthPayload } from './auth.model';
import { LoginThrottle } from './login-throttle';
import { verifyPassword } from './password';
import { SessionCache } from './session-cache';
import type { TokenSigner } from './tokens';

export const SESSION_COOKIE = 'hub_session';

/** Everything about signing in that lives as long as the process. */
export class AuthService {
  readonly throttle = new LoginThrottle();
  readonly cache = new SessionCache();

  constructor(
    readonly signer: TokenSigner,
    private readonly options: { ttlHours: number; cookieSecure: boolean },
  ) {}

  /** The token of a request: `Authorization: Bearer` first, then the session cookie. */
  tokenOf(req: Request): string | null {
    const header = req.headers.authorization;
    if (header) {
      const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
      return m ? m[1] : null;
    }
    return readCookie(req.headers.cookie, SESSION_COOKIE);
  }

  /** The viewer a token belongs to, or null for a missing, forged, expired or revoked one. */
  async viewerFor(sql: Sql, token: string | null): Promise<Viewer | null> {
    if (!token) return null;
    const sessionId = this.signer.verify(token);
    if (!sessionId) return null;
    const cached = this.cache.get(sessionId);
    if (cached) return cached;
    const row = await sql.maybeOne<Omit<Viewer, 'sessionId'>>(
      `select u.id, u.email, u.display_name as "displayName", u.role, u.province_code as "provinceCode",
              u.agency_id as "agencyId", a.province_code as "agencyProvinceCode"
       from user_session s
       join hub_user u on u.id = s.user_id
       left join agency a on a.id = u.agency_id
       where s.id = $1 and s.revoked_at is null and s.expires_at > now() and u.active`,
      [sessionId],
      { prepare: true },
    );
    if (!row) return null;
    const viewer: Viewer = { ...row, sessionId };
    this.cache.set(viewer);
    return viewer;
  }

  async login(ctx: Context, emailRaw: string, password: string): Promise<AuthPayload> {
    const email = emailRaw.trim().toLowerCase();
    const address = ctx.req?.ip ?? 'unknown';
    const locked = this.throttle.lockedFor(email, address);
    if (locked > 0) {
      throw new AppError(
        'UNAUTHENTICATED',
        `Too many failed sign-in attempts. Try again in ${Math.ceil(locked / 60_000)} minute(s).`,
        { retryAfterSeconds: Math.ceil(locked / 1000) },
      );
    }
    const delay = this.throttle.delayFor(email, address);
    if (delay > 0) await new Promise((r) => setTimeout(r, delay));

    const user = await ctx.sql.maybeOne<UserModel & { passwordHash: string }>(
      `select ${USER_COLUMNS}, u.password_hash as "passwordHash" from hub_user u where u.email = $1 and u.active`,
      [email],
    );
    const ok = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !ok) {
      this.throttle.fail(email, address);
      throw unauthenticated('Email or password is incorrect.');
    }
    this.throttle.succeed(email);
    const { passwordHash: _hidden, ...publicUser } = user;
    const sessionId = crypto.randomUUID();
    const expiresAt = new Date(Date.now() + this.options.ttlHours * 3_600_000);
    await runMutation(
      withViewer(ctx, sessionViewer(publicUser, sessionId)),
      'login',
      async (tx) => {
        await tx.sql.run(
          'insert into user_session (id, user_id, created_at, expires_at) values ($1, $2, now(), $3)',
          [sessionId, user.id, expiresAt.toISOString()],
        );
        await tx.audit({ entityType: 'User', entityId: user.id, provinceCode: user.provinceCode, changes: null });
      },
    );
    const token = this.signer.sign(sessionId, expiresAt);
    if (ctx.res) this.setCookie(ctx.res, token, expiresAt);
    return { token, user: publicUser, expiresAt: expiresAt.toISOString() };
  }

  async logout(ctx: Context): Promise<boolean> {
    if (ctx.res) this.clearCookie(ctx.res);
    const viewer = ctx.viewer;
    if (!viewer) throw unauthenticated();
    await runMutation(ctx, 'logout', async (tx) => {
      await tx.sql.run('update user_session set revoked_at = now() where id = $1 and revoked_at is null', [viewer.sessionId]);
      await tx.audit({ entityType: 'User', entityId: viewer.id, provinceCode: viewer.provinceCode, changes: null });
    });
    this.cache.forget(viewer.sessionId);
    return true;
  }

  private setCookie(res: Response, token: string, expiresAt: Date) {
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.options.cookieSecure,
      path: '/',
      expires: expiresAt,
    });
  }

  private clearCookie(res: Response) {
    res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: this.options.cookieSecure, path: '/' });
  }
}

function sessionViewer(user: UserModel, sessionId: string): Viewer {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role as Role,
    provinceCode: user.provinceCode,
    agencyId: user.agencyId,
    agencyProvinceCode: null,
    sessionId,
  };
}

export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) {
      try {
        return decodeURIComponent(part.slice(i + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}
