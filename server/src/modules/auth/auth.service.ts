import crypto from 'node:crypto';
import type { Request, Response } from 'express';
import { withViewer, type Context, type Viewer } from '../../common/context';
import { Role } from '../../common/enums';
import { AppError, unauthenticated } from '../../common/errors';
import { runMutation } from '../../common/mutation';
import type { Sql } from '../../common/sql';
import type { UserModel } from '../user/user.model';
import { USER_COLUMNS } from '../user/user.sql';
import type { AuthPayload } from './auth.model';
import { INSERT_SESSION, REVOKE_SESSION, USER_FOR_LOGIN, VIEWER_OF_SESSION } from './auth.sql';
import { LoginThrottle } from './login-throttle';
import { verifyPassword } from './password';
import type { TokenSigner } from './tokens';

export const SESSION_COOKIE = 'hub_session';

declare module '../../common/context' {
  interface Services {
    /** Signing in and out (AuthResolver). */
    auth: AuthService;
  }
}

/** Everything about signing in that lives as long as the process. */
export class AuthService {
  readonly throttle = new LoginThrottle();
  /** Passwords checked by this process (tests count them to prove the throttle decides first). */
  passwordChecks = 0;

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

  /**
   * The viewer a token belongs to, or null for a missing, forged, expired or revoked one. The
   * session and its user are read from the database on every request (one statement by primary
   * keys, prepared), never cached: a logout, a deactivation or a new role, province or agency,
   * once committed on any instance, applies to the next request everywhere.
   */
  async viewerFor(sql: Sql, token: string | null): Promise<Viewer | null> {
    if (!token) return null;
    const sessionId = this.signer.verify(token);
    if (!sessionId) return null;
    const row = await sql.maybeOne<Omit<Viewer, 'sessionId'>>(VIEWER_OF_SESSION, [sessionId], { prepare: true });
    return row ? { ...row, sessionId } : null;
  }

  async login(ctx: Context, emailRaw: string, password: string): Promise<AuthPayload> {
    const email = emailRaw.trim().toLowerCase();
    const address = ctx.req?.ip ?? 'unknown';
    // Counted and decided in the database before any password is checked (login-throttle.ts).
    const decision = await this.throttle.attempt(ctx.sql, email, address);
    if (!decision.allowed) {
      throw new AppError(
        'UNAUTHENTICATED',
        `Too many failed sign-in attempts. Try again in ${Math.ceil(decision.retryAfterSeconds / 60)} minute(s).`,
        { retryAfterSeconds: decision.retryAfterSeconds },
      );
    }
    const user = await ctx.sql.maybeOne<UserModel & { passwordHash: string }>(USER_FOR_LOGIN(USER_COLUMNS), [email]);
    this.passwordChecks += 1;
    const ok = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !ok) throw unauthenticated('Email or password is incorrect.');
    await this.throttle.succeeded(ctx.sql, email, address);
    const { passwordHash: _hidden, ...publicUser } = user;
    const sessionId = crypto.randomUUID();
    const expiresAt = new Date(Date.now() + this.options.ttlHours * 3_600_000);
    await runMutation(
      withViewer(ctx, sessionViewer(publicUser, sessionId)),
      'login',
      async (tx) => {
        await tx.sql.run(INSERT_SESSION, [sessionId, user.id, expiresAt.toISOString()]);
        await tx.audit({ entityType: 'User', entityId: user.id, provinceCode: user.provinceCode, changes: null });
      },
    );
    const token = this.signer.sign(sessionId, expiresAt);
    if (ctx.res) this.setCookie(ctx.res, token, expiresAt);
    return { token, user: { ...publicUser, signingIn: true }, expiresAt: expiresAt.toISOString() };
  }

  async logout(ctx: Context): Promise<boolean> {
    if (ctx.res) this.clearCookie(ctx.res);
    const viewer = ctx.viewer;
    if (!viewer) throw unauthenticated();
    await runMutation(ctx, 'logout', async (tx) => {
      await tx.sql.run(REVOKE_SESSION, [viewer.sessionId]);
      await tx.audit({ entityType: 'User', entityId: viewer.id, provinceCode: viewer.provinceCode, changes: null });
    });
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
