import crypto from 'node:crypto';
import type { Sql } from '../../common/sql';
import { LOGIN_ATTEMPT, LOGIN_SUCCEEDED } from './auth.sql';

/**
 * Sign-in throttling, counted in the database (table `login_throttle`, function
 * `hub_login_attempt`), so it holds under parallel requests and across hub instances.
 *
 * Every attempt is counted by one statement **before** any password is checked, and that
 * statement decides: an attempt over a limit never reaches the password check. A successful
 * sign-in clears its e-mail+address pair and gives its attempt back to the other two keys, so
 * the counts are, in effect, failures (and attempts still being checked).
 *
 *  - e-mail + address: 10 attempts per 15 minutes, then that pair is locked for 15 minutes. The
 *    guesses one attacker gets at one account.
 *  - address: 40 per 15 minutes, then locked 15 minutes: one address cannot try many accounts
 *    (an office behind one shared address has room for its people's typos).
 *  - e-mail, whatever the address: 100 per hour, then locked for an hour: bounds what a botnet of
 *    many addresses gets at one account.
 *
 * The trade-off (README, "Security and privacy"): an attacker can lock a user out only from the
 * attacker's own address with ten tries; to lock the user out everywhere takes 100 attempts in
 * an hour from at least ten addresses (and then the lock is an hour). Answers are the same for
 * known and unknown e-mails: the same statement runs and the same password work is done.
 */
export interface ThrottleRule {
  kind: 'pair' | 'address' | 'email';
  limit: number;
  windowSeconds: number;
  lockSeconds: number;
}

export const THROTTLE_RULES: readonly ThrottleRule[] = [
  { kind: 'pair', limit: 10, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
  { kind: 'address', limit: 40, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
  { kind: 'email', limit: 100, windowSeconds: 60 * 60, lockSeconds: 60 * 60 },
];

export interface ThrottleDecision {
  allowed: boolean;
  retryAfterSeconds: number;
}

/**
 * The address an attempt is counted against: IPv4 as it is (also when IPv4-mapped), IPv6 by its
 * /64 network, since one subscriber usually holds a whole /64 and could rotate within it.
 */
export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  if (!address.includes(':')) return address;
  const [head, tail] = address.toLowerCase().split('%')[0].split('::');
  const left = head ? head.split(':') : [];
  const right = tail !== undefined && tail !== '' ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/** The keys of an attempt, in the order they are locked; e-mails only as hashes. */
export function throttleKeys(email: string, addressRaw: string): string[] {
  const address = addressKey(addressRaw);
  const e = crypto.createHash('sha256').update(email).digest('base64url');
  return THROTTLE_RULES.map((r) => (r.kind === 'pair' ? `pair:${e}:${address}` : r.kind === 'address' ? `address:${address}` : `email:${e}`));
}

export class LoginThrottle {
  /** Counts one attempt and decides, in one statement. */
  async attempt(sql: Sql, email: string, address: string): Promise<ThrottleDecision> {
    const row = await sql.one<{ allowed: boolean; retryAfterSeconds: number }>(LOGIN_ATTEMPT, [
      throttleKeys(email, address),
      THROTTLE_RULES.map((r) => r.limit),
      THROTTLE_RULES.map((r) => r.windowSeconds),
      THROTTLE_RULES.map((r) => r.lockSeconds),
    ]);
    return { allowed: row.allowed, retryAfterSeconds: row.retryAfterSeconds };
  }

  /** A correct password: the pair starts again, the address and e-mail get the attempt back. */
  async succeeded(sql: Sql, email: string, address: string): Promise<void> {
    const [pair, ...others] = throttleKeys(email, address);
    await sql.run(LOGIN_SUCCEEDED, [pair, others]);
  }
}
