import crypto from 'node:crypto';
import type { Sql } from '../../common/sql';

/**
 * Session tokens: `v1.<session id>.<expiry, unix seconds>.<HMAC-SHA256>`. The signature
 * lets the server reject forged or expired tokens without a query; the session row
 * decides revocation.
 */
export class TokenSigner {
  /** Tokens whose signature was checked: the same string needs no second HMAC, only the expiry check. */
  private readonly verified = new Map<string, { sessionId: string; expiresAtMs: number }>();

  constructor(
    private readonly secret: Buffer,
    private readonly maxVerified = 10_000,
  ) {}

  sign(sessionId: string, expiresAt: Date): string {
    const body = `v1.${sessionId}.${Math.floor(expiresAt.getTime() / 1000)}`;
    return `${body}.${this.mac(body)}`;
  }

  /** The session id of a well-formed, correctly signed, unexpired token; otherwise null. */
  verify(token: string, now = Date.now()): string | null {
    const known = this.verified.get(token);
    if (known) return known.expiresAtMs <= now ? null : known.sessionId;
    const sessionId = this.check(token, now);
    if (sessionId) {
      if (this.verified.size >= this.maxVerified) this.verified.clear();
      this.verified.set(token, { sessionId, expiresAtMs: Number(token.split('.')[2]) * 1000 });
    }
    return sessionId;
  }

  private check(token: string, now: number): string | null {
    const parts = token.split('.');
    if (parts.length !== 4 || parts[0] !== 'v1') return null;
    const body = parts.slice(0, 3).join('.');
    const expected = Buffer.from(this.mac(body));
    const given = Buffer.from(parts[3]);
    if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return null;
    if (Number(parts[2]) * 1000 <= now) return null;
    return /^[0-9a-f-]{36}$/.test(parts[1]) ? parts[1] : null;
  }

  private mac(body: string): string {
    return crypto.createHmac('sha256', this.secret).update(body).digest('base64url');
  }
}

/** The configured secret, or the one generated on first start and kept in the database. */
export async function loadSigningSecret(sql: Sql, configured: string | null): Promise<Buffer> {
  if (configured) return Buffer.from(configured, 'utf8');
  const fresh = crypto.randomBytes(32).toString('base64url');
  await sql.run(
    `insert into hub_setting (key, value) values ('session_secret', $1) on conflict (key) do nothing`,
    [fresh],
  );
  const row = await sql.one<{ value: string }>(`select value from hub_setting where key = 'session_secret'`);
  return Buffer.from(row.value, 'utf8');
}
