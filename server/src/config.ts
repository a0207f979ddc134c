import path from 'node:path';
import { defaultLogFormat, type LogFormat } from './common/logger';
import { MIN_PASSWORD_LENGTH } from './common/limits';

/** Validated settings of one hub process, read from the environment once at start. */
export interface Config {
  port: number;
  host: string;
  /** A PostgreSQL server; when absent the hub runs its embedded database. */
  databaseUrl: string | null;
  dataDir: string;
  /** true/false when DEMO_DATA is set; null means "load when the database has no agencies". */
  demoData: boolean | null;
  adminEmail: string | null;
  adminPassword: string | null;
  production: boolean;
  /** Time zone whose calendar day is "today" for metrics and overdue flags. */
  timeZone: string;
  /** Origins allowed by CORS; empty means same-origin only. */
  corsOrigins: string[];
  sessionTtlHours: number;
  /** Secret that signs session tokens; when absent one is generated and kept in the database. */
  sessionSecret: string | null;
  /** Send the session cookie only over HTTPS. */
  cookieSecure: boolean;
  /** Report the SQL statements each GraphQL request ran in `extensions.sqlStatements`. */
  sqlStats: boolean;
  /** Where the built dashboard is served from. */
  clientDir: string;
  /** Maximum database connections in the pool (always 1 for the embedded database). */
  dbPoolSize: number;
  logLevel: string;
  logFormat: LogFormat;
  /** Bearer token that opens /metrics on the main port; null: not served there. */
  metricsToken: string | null;
  /** A separate port serving only /metrics; null: none. */
  metricsPort: number | null;
  /** How long a stopping hub waits for requests in flight before it closes their connections. */
  shutdownTimeoutSeconds: number;
  /** How long a stopping hub answers /readyz with 503 before it stops accepting connections. */
  shutdownDelaySeconds: number;
  /** Embedded database: a backup into DATA_DIR/backups once a day, the last 7 kept. */
  dailyBackup: boolean;
  /** Mail server for the follow-up e-mails (smtp:// or smtps://); without it e-mails stay in the outbox as NOT_SENT. */
  smtpUrl: string | null;
  /** Sender address of the hub's e-mails. */
  smtpFrom: string;
  /** Public base URL of the dashboard, for links in e-mails (default http://localhost:<PORT>). */
  publicUrl: string;
  /** Time of day (HH:MM in timeZone) of the daily follow-up sweep. */
  followUpAt: string;
  /** Sending attempts per e-mail before it is FAILED, and the delay before the first retry (doubling after each). */
  emailMaxAttempts: number;
  emailRetryDelayMs: number;
  /** Whether this process runs the scheduler and the e-mail sender (false for tools such as the benchmark). */
  jobs: boolean;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const BOOL_TRUE = ['true', '1', 'yes'];
const BOOL_FALSE = ['false', '0', 'no'];

/** Reads and validates the environment; every bad value is reported, not just the first. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const text = (name: string): string | null => {
    const v = env[name];
    return v === undefined || v.trim() === '' ? null : v.trim();
  };
  const bool = (name: string): boolean | null => {
    const v = text(name);
    if (v === null) return null;
    if (BOOL_TRUE.includes(v.toLowerCase())) return true;
    if (BOOL_FALSE.includes(v.toLowerCase())) return false;
    problems.push(`${name} must be "true" or "false" (got "${v}")`);
    return null;
  };
  const int = (name: string, def: number, min: number, max: number): number => {
    const v = text(name);
    if (v === null) return def;
    if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max} (got "${v}")`);
      return def;
    }
    return Number(v);
  };

  const nodeEnv = text('NODE_ENV') ?? 'development';
  const production = nodeEnv === 'production';
  const port = int('PORT', 4000, 0, 65535);

  const databaseUrl = text('DATABASE_URL');
  if (databaseUrl !== null) {
    // postgresql://user@/db?host=/run/postgresql (a Unix socket) has no host part, so no WHATWG URL.
    const ok = /^postgres(ql)?:\/\/[^\s]*$/.test(databaseUrl);
    if (!ok) problems.push(`DATABASE_URL must be a postgres:// or postgresql:// URL (got "${redactUrl(databaseUrl)}")`);
  }

  const dataDir = path.resolve(text('DATA_DIR') ?? './data');

  let demoData = bool('DEMO_DATA');
  if (production && demoData === true) {
    problems.push('DEMO_DATA=true is not allowed when NODE_ENV=production');
  }
  if (production) demoData = false;

  const adminEmail = text('ADMIN_EMAIL');
  const adminPassword = env.ADMIN_PASSWORD ?? null;
  if ((adminEmail === null) !== (adminPassword === null || adminPassword === '')) {
    problems.push('ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  if (adminEmail !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(adminEmail)) {
    problems.push(`ADMIN_EMAIL must be an email address (got "${adminEmail}")`);
  }
  if (adminPassword !== null && adminPassword !== '' && adminPassword.length < MIN_PASSWORD_LENGTH) {
    problems.push(`ADMIN_PASSWORD must be at least ${MIN_PASSWORD_LENGTH} characters long`);
  }

  const timeZone = text('TZ_HUB') ?? 'Asia/Jakarta';
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone });
  } catch {
    problems.push(`TZ_HUB must be an IANA time zone such as Asia/Jakarta (got "${timeZone}")`);
  }

  const corsOrigins = (text('CORS_ORIGINS') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const o of corsOrigins) {
    if (!/^https?:\/\/[^/\s]+$/.test(o)) problems.push(`CORS_ORIGINS must list origins like https://example.org (got "${o}")`);
  }

  const sessionSecret = text('SESSION_SECRET');
  if (sessionSecret !== null && sessionSecret.length < 32) {
    problems.push('SESSION_SECRET must be at least 32 characters long');
  }

  const sessionTtlHours = int('SESSION_TTL_HOURS', 12, 1, 24 * 30);
  const cookieSecure = bool('COOKIE_SECURE') ?? false;
  const sqlStats = bool('SQL_STATS') ?? false;
  const dbPoolSize = int('DB_POOL_SIZE', 10, 1, 100);
  const host = text('HOST') ?? '0.0.0.0';

  const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
  const logLevel = (text('LOG_LEVEL') ?? 'info').toLowerCase();
  if (!LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LEVELS.join(', ')} (got "${logLevel}")`);
  const logFormatText = text('LOG_FORMAT');
  if (logFormatText !== null && logFormatText !== 'json' && logFormatText !== 'pretty') {
    problems.push(`LOG_FORMAT must be "json" or "pretty" (got "${logFormatText}")`);
  }
  const logFormat: LogFormat = logFormatText === 'json' || logFormatText === 'pretty' ? logFormatText : defaultLogFormat(production);
  const metricsToken = text('METRICS_TOKEN');
  if (metricsToken !== null && metricsToken.length < 16) problems.push('METRICS_TOKEN must be at least 16 characters long');
  const metricsPort = text('METRICS_PORT') === null ? null : int('METRICS_PORT', 0, 0, 65535);
  if (metricsPort !== null && metricsPort !== 0 && metricsPort === port) problems.push('METRICS_PORT must differ from PORT');
  const shutdownTimeoutSeconds = int('SHUTDOWN_TIMEOUT_SECONDS', 25, 0, 600);
  const shutdownDelaySeconds = int('SHUTDOWN_DELAY_SECONDS', 0, 0, 60);
  const dailyBackup = bool('DAILY_BACKUP') ?? true;
  const smtpUrl = text('SMTP_URL');
  if (smtpUrl !== null) {
    let ok = false;
    try {
      const u = new URL(smtpUrl);
      ok = (u.protocol === 'smtp:' || u.protocol === 'smtps:') && !!u.hostname;
    } catch {
      ok = false;
    }
    if (!ok) problems.push(`SMTP_URL must be an smtp:// or smtps:// URL (got "${redactUrl(smtpUrl)}")`);
  }
  const smtpFrom = text('SMTP_FROM') ?? 'Pantau Jejaring <no-reply@localhost>';
  if (!/^([^<>]*<)?[^\s@<>]+@[^\s@<>]+>?$/.test(smtpFrom)) {
    problems.push(`SMTP_FROM must be an e-mail address, optionally with a name: "Hub <hub@example.org>" (got "${smtpFrom}")`);
  }
  let publicUrl = text('PUBLIC_URL') ?? `http://localhost:${port}`;
  try {
    const u = new URL(publicUrl);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('scheme');
    publicUrl = publicUrl.replace(/\/+$/, '');
  } catch {
    problems.push(`PUBLIC_URL must be an http:// or https:// URL (got "${publicUrl}")`);
  }
  const followUpAt = text('FOLLOWUP_AT') ?? '07:00';
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(followUpAt)) {
    problems.push(`FOLLOWUP_AT must be a time of day HH:MM such as 07:00 (got "${followUpAt}")`);
  }

  if (problems.length > 0) throw new ConfigError(problems);

  return {
    port,
    host,
    databaseUrl,
    dataDir,
    demoData,
    adminEmail,
    adminPassword: adminPassword === '' ? null : adminPassword,
    production,
    timeZone,
    corsOrigins,
    sessionTtlHours,
    sessionSecret,
    cookieSecure,
    sqlStats,
    clientDir: path.resolve(__dirname, '../../client/dist'),
    dbPoolSize,
    logLevel,
    logFormat,
    metricsToken,
    metricsPort,
    shutdownTimeoutSeconds,
    shutdownDelaySeconds,
    dailyBackup,
    smtpUrl,
    smtpFrom,
    publicUrl,
    followUpAt,
    emailMaxAttempts: 5,
    emailRetryDelayMs: 60_000,
    jobs: true,
  };
}

/** Hides the password of a database URL for messages and logs. */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}
