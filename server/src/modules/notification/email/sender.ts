import nodemailer, { type Transporter } from 'nodemailer';
import type { Sql } from '../../../common/sql';
import type { Logger } from '../../../common/logger';
import { CLAIM_DUE_EMAILS, MARK_ATTEMPT_FAILED, MARK_SENT, NEXT_DUE_EMAIL } from '../notification.sql';

export interface SenderSettings {
  smtpUrl: string;
  from: string;
  /** Attempts before an e-mail is FAILED. */
  maxAttempts: number;
  /** Delay before the second attempt; it doubles before each further one. */
  retryDelayMs: number;
}

/** How many e-mails one pass claims at a time. */
const BATCH = 20;

/**
 * Sends the outbox's due e-mails through SMTP. Each e-mail is claimed by one sender (SKIP
 * LOCKED), so several hub instances never send it twice; a failed attempt is retried after a
 * growing delay, and after the last one the e-mail is FAILED. Nothing here can fail a user's
 * request: it runs in the background, on what the outbox holds.
 */
export class EmailSender {
  private readonly transport: Transporter;

  constructor(
    private readonly sql: Sql,
    private readonly settings: SenderSettings,
    private readonly log: Logger,
  ) {
    this.transport = nodemailer.createTransport(settings.smtpUrl);
  }

  /** Sends every due e-mail; returns when the next pending one is due (a retry), or null. */
  async flush(): Promise<Date | null> {
    for (;;) {
      const batch = await this.sql.all<{ id: string; to: string; subject: string; text: string; html: string; attempts: number }>(
        CLAIM_DUE_EMAILS,
        [BATCH],
      );
      for (const e of batch) {
        try {
          await this.transport.sendMail({ from: this.settings.from, to: e.to, subject: e.subject, text: e.text, html: e.html });
          await this.sql.run(MARK_SENT, [e.id]);
        } catch (err) {
          const delay = this.settings.retryDelayMs * 2 ** e.attempts;
          const message = err instanceof Error ? err.message : String(err);
          this.log.warn(`E-mail ${e.id} could not be sent (attempt ${e.attempts + 1} of ${this.settings.maxAttempts}): ${message}`);
          await this.sql.run(MARK_ATTEMPT_FAILED, [e.id, message, delay, this.settings.maxAttempts]);
        }
      }
      if (batch.length < BATCH) break;
    }
    const next = await this.sql.one<{ at: Date | null }>(NEXT_DUE_EMAIL);
    return next.at ? new Date(next.at) : null;
  }

  close() {
    this.transport.close();
  }
}
