import PgBoss from 'pg-boss';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { todayIn } from '../../common/dates';
import type { Logger } from '../../common/logger';
import { Sql } from '../../common/sql';
import type { Config } from '../../config';
import { EmailSender } from './email/sender';
import { outboxSignal } from './email/outbox';
import { runSweep, sweepDoneFor, type SweepTrigger } from './notification.service';

const SWEEP_QUEUE = 'followup-sweep';
const EMAIL_QUEUE = 'followup-email';
/** pg-boss keeps its tables in a schema of its own. */
export const JOBS_SCHEMA = 'hub_jobs';

interface SweepJob {
  trigger?: SweepTrigger;
  asOf?: string;
}

/** The cron expression of a daily HH:MM. */
export const dailyCron = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return `${m} ${h} * * *`;
};

/** Whether the day's sweep time has passed at `now` in the time zone. */
export function sweepTimePassed(now: Date, timeZone: string, hhmm: string): boolean {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(now);
  return parts >= hhmm;
}

export interface JobOptions {
  /** How often workers look for jobs (seconds). */
  pollSeconds?: number;
}

/**
 * The follow-up engine's background work on pg-boss, whose state lives in the database (schema
 * hub_jobs) so that nothing is lost on restart: the daily sweep at FOLLOWUP_AT in TZ_HUB (a cron
 * schedule that pg-boss fires on one instance only), the catch-up sweep of a hub that starts after
 * that time and finds no sweep for today, and the e-mail sender. pg-boss runs its SQL through the
 * hub's own pool (its `db` option), so it lives with the embedded database's single connection.
 */
export class FollowUpJobs {
  private boss: PgBoss | null = null;
  private sender: EmailSender | null = null;
  private readonly sql: Sql;
  private flushing: Promise<void> | null = null;
  private flushAgain = false;
  private stopped = false;
  /** pg-boss has started and has not stopped (by us or on its own). */
  private bossRunning = false;
  private readonly onQueued = () => this.kick();

  constructor(
    private readonly orm: MikroORM,
    private readonly config: Config,
    private readonly log: Logger,
    private readonly options: JobOptions = {},
  ) {
    this.sql = new Sql(orm.em.fork() as EntityManager);
  }

  /** `catchUp: false` leaves today's missed sweep alone (tests that arrange their own days). */
  async start(options: { catchUp?: boolean } = {}): Promise<void> {
    const poll = this.options.pollSeconds ?? 2;
    const boss = new PgBoss({
      // `script`: a failed BEGIN ... COMMIT of pg-boss (two instances creating its schema at once)
      // must not leave an aborted transaction on a pooled connection.
      db: { executeSql: (text: string, values: unknown[]) => this.sql.script(text, values ?? []) },
      schema: JOBS_SCHEMA,
      migrate: true,
      supervise: true,
      schedule: true,
      cronMonitorIntervalSeconds: 30,
      cronWorkerIntervalSeconds: Math.max(1, Math.round(poll)),
      maintenanceIntervalSeconds: 300,
    });
    boss.on('error', (err) => this.log.error('Background job error', err));
    boss.on('stopped', () => (this.bossRunning = false));
    this.boss = boss;
    await boss.start();
    this.bossRunning = !this.stopped;
    await boss.createQueue(SWEEP_QUEUE, { name: SWEEP_QUEUE, policy: 'standard', retryLimit: 3, retryDelay: 60, retryBackoff: true });
    await boss.createQueue(EMAIL_QUEUE, { name: EMAIL_QUEUE, policy: 'standard', retryLimit: 0 });
    await boss.schedule(SWEEP_QUEUE, dailyCron(this.config.followUpAt), { trigger: 'SCHEDULE' } satisfies SweepJob, {
      tz: this.config.timeZone,
    });
    await boss.work<SweepJob>(SWEEP_QUEUE, { pollingIntervalSeconds: poll }, async ([job]) => {
      await this.sweep(job.data ?? {});
    });
    if (this.config.smtpUrl) {
      this.sender = new EmailSender(
        this.sql,
        {
          smtpUrl: this.config.smtpUrl,
          from: this.config.smtpFrom,
          maxAttempts: this.config.emailMaxAttempts,
          retryDelayMs: this.config.emailRetryDelayMs,
        },
        this.log,
      );
      // A safety net: the outbox is looked at every minute, whatever this process was told.
      await boss.schedule(EMAIL_QUEUE, '* * * * *', {}, { tz: this.config.timeZone });
      await boss.work(EMAIL_QUEUE, { pollingIntervalSeconds: Math.max(0.5, poll / 2) }, async () => {
        await this.flush();
      });
      outboxSignal.on('queued', this.onQueued);
      this.kick();
    }
    if (options.catchUp ?? true) await this.catchUp();
  }

  /**
   * A hub that starts after today's FOLLOWUP_AT and finds no sweep for today runs it: queued as a
   * job keyed by the day, so two instances starting in the same minute queue it once; whichever
   * job comes later finds the day's sweep done (runSweep's `oncePerDay`, under the sweep lock).
   */
  async catchUp(now = new Date()): Promise<boolean> {
    if (!sweepTimePassed(now, this.config.timeZone, this.config.followUpAt)) return false;
    const today = todayIn(this.config.timeZone, now);
    if (await sweepDoneFor(this.sql, today)) return false;
    await this.boss!.send(SWEEP_QUEUE, { trigger: 'CATCH_UP', asOf: today } satisfies SweepJob, {
      singletonKey: `catch-up-${today}`,
      singletonSeconds: 60,
    });
    return true;
  }

  private async sweep(job: SweepJob): Promise<void> {
    const asOf = job.asOf ?? todayIn(this.config.timeZone);
    const result = await runSweep(this.orm.em.fork() as EntityManager, this.config, asOf, job.trigger ?? 'SCHEDULE', {
      oncePerDay: true,
    });
    if (result) {
      this.log.info(`Follow-up sweep for ${asOf}: ${result.notificationsCreated} notification(s), ${result.emailsQueued} e-mail(s)`);
    }
  }

  /** Looks at the outbox soon (after the transaction that queued e-mails has committed). */
  private kick() {
    if (this.stopped || !this.sender) return;
    setTimeout(() => void this.flush().catch((err) => this.log.error('E-mail sending failed', err)), 100).unref();
  }

  /** One sending pass at a time; the next retry is left to pg-boss as a delayed job. */
  private async flush(): Promise<void> {
    if (!this.sender || this.stopped) return;
    if (this.flushing) {
      this.flushAgain = true;
      return this.flushing;
    }
    this.flushing = (async () => {
      try {
        do {
          this.flushAgain = false;
          const next = await this.sender!.flush();
          if (next && !this.stopped) {
            await this.boss!.send(EMAIL_QUEUE, {}, { startAfter: next });
          }
        } while (this.flushAgain && !this.stopped);
      } finally {
        this.flushing = null;
      }
    })();
    return this.flushing;
  }

  /** Whether the job system runs: started, and neither stopping nor stopped (what /readyz checks). */
  get running(): boolean {
    return this.bossRunning && !this.stopped;
  }

  /** Stops taking work, lets the running jobs finish, and leaves everything else in the database. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    outboxSignal.off('queued', this.onQueued);
    if (this.boss) await this.boss.stop({ graceful: true, wait: true, timeout: 15_000 });
    if (this.flushing) await this.flushing.catch(() => {});
    this.sender?.close();
  }
}
