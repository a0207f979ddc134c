import crypto from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Operation names are chosen by clients: at most this many distinct ones become label values. */
const MAX_OPERATION_LABELS = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** What one GraphQL request reports to the metrics and the request log. */
export interface RequestOutcome {
  /** The operation name, or null for an anonymous or unparsable operation. */
  operation: string | null;
  /** OK, or the `extensions.code` of the first error (or an HTTP-level refusal's code). */
  outcome: string;
  seconds: number;
}

/**
 * The hub's Prometheus metrics, one registry per hub process: GraphQL requests and latency
 * by operation and outcome, the database pool, and Node's process and event-loop metrics.
 * Other parts of the hub (the job queue, the outbox) add theirs with `registry`.
 */
export class HubMetrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'operation' | 'outcome'>;
  private readonly latency: Histogram<'operation' | 'outcome'>;
  private readonly operations = new Set<string>();

  constructor(pool: () => PoolState | null) {
    collectDefaultMetrics({ register: this.registry, prefix: 'hub_' });
    this.requests = new Counter({
      name: 'hub_graphql_requests_total',
      help: 'GraphQL requests by operation name and outcome code (OK or the first error code).',
      labelNames: ['operation', 'outcome'],
      registers: [this.registry],
    });
    this.latency = new Histogram({
      name: 'hub_graphql_request_duration_seconds',
      help: 'GraphQL request latency, from the request arriving to the response finished.',
      labelNames: ['operation', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    const gauge = (name: string, help: string, read: (p: PoolState) => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          const p = pool();
          this.set(p ? read(p) : 0);
        },
      });
    gauge('hub_db_pool_connections_in_use', 'Database connections lent to a request or transaction.', (p) => p.inUse);
    gauge('hub_db_pool_connections_idle', 'Open database connections waiting in the pool.', (p) => p.idle);
    gauge('hub_db_pool_waiting', 'Requests waiting for a database connection.', (p) => p.waiting);
    gauge('hub_db_pool_max', 'Maximum database connections of the pool.', (p) => p.max);
  }

  /** Records one finished GraphQL request. */
  observe(r: RequestOutcome) {
    const labels = { operation: this.operationLabel(r.operation), outcome: r.outcome };
    this.requests.inc(labels);
    this.latency.observe(labels, r.seconds);
  }

  private operationLabel(name: string | null): string {
    if (!name) return '(anonymous)';
    if (!OPERATION_NAME.test(name)) return '(other)';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_LABELS) return '(other)';
    this.operations.add(name);
    return name;
  }

  /** The Prometheus text exposition. */
  async text(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}

export interface PoolState {
  inUse: number;
  idle: number;
  waiting: number;
  max: number;
}

/** The state of MikroORM's (knex's tarn) connection pool, or null before it exists. */
export function poolStateOf(orm: MikroORM): PoolState | null {
  const pool = (orm.em.getConnection().getKnex().client as { pool?: TarnPool }).pool;
  if (!pool) return null;
  return { inUse: pool.numUsed(), idle: pool.numFree(), waiting: pool.numPendingAcquires(), max: pool.max };
}

interface TarnPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  max: number;
}

/** Whether an Authorization header carries exactly this bearer token (compared in constant time). */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const m = /^Bearer (.+)$/.exec(header ?? '');
  if (!m) return false;
  const a = crypto.createHash('sha256').update(m[1]).digest();
  const b = crypto.createHash('sha256').update(token).digest();
  return crypto.timingSafeEqual(a, b);
}
