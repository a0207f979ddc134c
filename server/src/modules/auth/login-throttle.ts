/**
 * Slows down and then locks out repeated failed sign-ins, per email and per client
 * address, without revealing whether an email exists (unknown emails are counted too).
 *
 * Per email: from the 5th failure within the window each further attempt waits longer
 * (250 ms, 500 ms, then 1 s); after 10 failures the email is locked for LOCK_MS.
 * Per address: the same with thresholds 4x higher, so one office behind a shared
 * address is not locked out by one person's typos.
 */
export const WINDOW_MS = 15 * 60_000;
export const LOCK_MS = 15 * 60_000;
const EMAIL_SLOW_AFTER = 4;
const EMAIL_LOCK_AT = 10;
const ADDRESS_FACTOR = 4;

interface Entry {
  failures: number;
  first: number;
  lockedUntil: number;
}

export class LoginThrottle {
  private readonly byEmail = new Map<string, Entry>();
  private readonly byAddress = new Map<string, Entry>();

  constructor(private readonly now: () => number = Date.now) {}

  private entry(map: Map<string, Entry>, key: string): Entry | undefined {
    const e = map.get(key);
    if (e && this.now() - e.first > WINDOW_MS && e.lockedUntil < this.now()) {
      map.delete(key);
      return undefined;
    }
    return e;
  }

  /** Milliseconds until this email or address may try again, or 0. */
  lockedFor(email: string, address: string): number {
    const t = this.now();
    const a = this.entry(this.byEmail, email)?.lockedUntil ?? 0;
    const b = this.entry(this.byAddress, address)?.lockedUntil ?? 0;
    return Math.max(0, a - t, b - t);
  }

  /** How long to hold the answer to this attempt, given the failures so far. */
  delayFor(email: string, address: string): number {
    const fe = this.entry(this.byEmail, email)?.failures ?? 0;
    const fa = Math.floor((this.entry(this.byAddress, address)?.failures ?? 0) / ADDRESS_FACTOR);
    const n = Math.max(fe, fa) - EMAIL_SLOW_AFTER;
    if (n <= 0) return 0;
    return Math.min(1000, 250 * 2 ** (n - 1));
  }

  fail(email: string, address: string) {
    this.bump(this.byEmail, email, EMAIL_LOCK_AT);
    this.bump(this.byAddress, address, EMAIL_LOCK_AT * ADDRESS_FACTOR);
  }

  succeed(email: string) {
    this.byEmail.delete(email);
  }

  private bump(map: Map<string, Entry>, key: string, lockAt: number) {
    const t = this.now();
    const e = this.entry(map, key) ?? { failures: 0, first: t, lockedUntil: 0 };
    e.failures += 1;
    if (e.failures >= lockAt) {
      e.lockedUntil = t + LOCK_MS;
      e.failures = 0;
      e.first = t;
    }
    map.set(key, e);
  }
}
