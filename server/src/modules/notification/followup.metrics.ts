import { Gauge, type Registry } from 'prom-client';
import type { Logger } from '../../common/logger';
import type { Sql } from '../../common/sql';
import { jobQueueCountsSql, OUTBOX_COUNTS } from './notification.sql';

/** Runs `read` once for the gauges that share it within one scrape (prom-client collects them concurrently). */
function perScrape<T>(read: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => (pending ??= read().finally(() => (pending = null)));
}

/**
 * The follow-up engine's metrics, read from the database at scrape time: the e-mail outbox
 * (pending, failed) and, where the job system runs (`jobsSchema`), each job queue's depth and
 * failed jobs. A scrape that cannot read them leaves them out rather than failing the scrape.
 */
export function registerFollowUpMetrics(registry: Registry, sql: Sql, log: Logger, jobsSchema: string | null) {
  const outbox = perScrape(() => sql.one<{ pending: number; failed: number }>(OUTBOX_COUNTS));
  const outboxGauge = (name: string, help: string, pick: (r: { pending: number; failed: number }) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      async collect() {
        try {
          this.set(pick(await outbox()));
        } catch (err) {
          this.reset();
          log.warn(`Metrics: could not read the e-mail outbox (${(err as Error).message})`);
        }
      },
    });
  outboxGauge('hub_email_outbox_pending', 'E-mails in the outbox waiting to be sent (or retried).', (r) => r.pending);
  outboxGauge('hub_email_outbox_failed', 'E-mails in the outbox given up on after their last attempt.', (r) => r.failed);

  if (!jobsSchema) return;
  type Counts = { queue: string; queued: number; active: number; failed: number };
  const jobs = perScrape(() => sql.all<Counts>(jobQueueCountsSql(jobsSchema)));
  const read = async (gauge: Gauge<string>, set: (rows: Counts[]) => void) => {
    try {
      const rows = await jobs();
      gauge.reset();
      set(rows);
    } catch (err) {
      gauge.reset();
      log.warn(`Metrics: could not read the job queues (${(err as Error).message})`);
    }
  };
  new Gauge({
    name: 'hub_job_queue_jobs',
    help: 'Jobs per queue: state="queued" waiting to run (due, deferred or retrying), state="active" running now.',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      await read(this, (rows) => {
        for (const r of rows) {
          this.set({ queue: r.queue, state: 'queued' }, r.queued);
          this.set({ queue: r.queue, state: 'active' }, r.active);
        }
      });
    },
  });
  new Gauge({
    name: 'hub_job_failed_jobs',
    help: 'Failed jobs per queue (retries used up), kept until the job retention removes them.',
    labelNames: ['queue'],
    registers: [registry],
    async collect() {
      await read(this, (rows) => {
        for (const r of rows) this.set({ queue: r.queue }, r.failed);
      });
    },
  });
}
