import type { Viewer } from '../../common/context';

/**
 * Remembers, for a few seconds, which user a valid session belongs to, so most requests
 * need no session query. Everything that ends a session or changes a user in this process
 * (logout, deactivation, new role or password) forgets the entries at once; the TTL bounds
 * how long a change made outside this process (directly in the database) takes to apply.
 */
export class SessionCache {
  private readonly entries = new Map<string, { viewer: Viewer; until: number }>();

  constructor(
    private readonly ttlMs = 30_000,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(sessionId: string): Viewer | null {
    const e = this.entries.get(sessionId);
    if (!e) return null;
    if (e.until < this.now()) {
      this.entries.delete(sessionId);
      return null;
    }
    return e.viewer;
  }

  set(viewer: Viewer) {
    if (this.ttlMs <= 0) return;
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(viewer.sessionId, { viewer, until: this.now() + this.ttlMs });
  }

  forget(sessionId: string) {
    this.entries.delete(sessionId);
  }

  forgetUser(userId: number) {
    for (const [key, e] of this.entries) if (e.viewer.id === userId) this.entries.delete(key);
  }
}
