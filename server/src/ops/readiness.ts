/** One thing a ready hub needs: it answers null when fine, or a short reason (no internals). */
export type ReadinessCheck = () => Promise<string | null>;

export interface ReadinessReport {
  ready: boolean;
  /** Each check's answer: "ok" or its reason. */
  checks: Record<string, string>;
}

/** How long one check may take before it counts as failed. */
const CHECK_TIMEOUT_MS = 2000;

/**
 * What /readyz answers: every registered check passes and the hub is not stopping. A shutdown
 * turns it false before anything else, so a load balancer stops sending new requests first.
 * Checks are registered by name (the database and migrations by the hub; the job system adds its own).
 */
export class Readiness {
  private readonly checks = new Map<string, ReadinessCheck>();
  private stopping = false;

  add(name: string, check: ReadinessCheck) {
    this.checks.set(name, check);
  }

  /** From now on the hub is not ready, whatever the checks say. */
  markStopping() {
    this.stopping = true;
  }

  get isStopping() {
    return this.stopping;
  }

  async check(): Promise<ReadinessReport> {
    if (this.stopping) return { ready: false, checks: { shutdown: 'stopping' } };
    const checks: Record<string, string> = {};
    await Promise.all(
      [...this.checks].map(async ([name, check]) => {
        checks[name] = (await withTimeout(check())) ?? 'ok';
      }),
    );
    return { ready: !this.stopping && Object.values(checks).every((v) => v === 'ok'), checks };
  }
}

async function withTimeout(p: Promise<string | null>): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve('timed out'), CHECK_TIMEOUT_MS);
  });
  try {
    return await Promise.race([p.catch(() => 'failed'), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
