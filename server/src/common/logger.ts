import pino, { type DestinationStream } from 'pino';

/** Extra fields of one log record (request id, operation, user id, ...). Never secrets or record contents. */
export type LogFields = Record<string, unknown>;

/**
 * What the hub logs through. Messages are sentences for people; fields are for machines.
 * Callers never pass passwords, tokens, e-mail bodies, GraphQL variables or case attributes.
 */
export interface Logger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, err?: unknown, fields?: LogFields): void;
}

export type LogFormat = 'json' | 'pretty';

export interface LoggerOptions {
  /** pino level: fatal, error, warn, info, debug, trace, silent. */
  level?: string;
  /** json: one JSON object a line (production, log shippers); pretty: "12:00:01 INFO message key=value" for a terminal. */
  format?: LogFormat;
  /** Where the lines go (standard output by default). */
  destination?: { write(line: string): unknown };
}

/**
 * Errors as type, message, code and stack only: a database error's `detail` ("Failing row
 * contains ...") and `where` can hold record contents and are left out.
 */
function serializeError(err: unknown) {
  if (!(err instanceof Error)) return { message: String(err) };
  const e = err as Error & { code?: unknown };
  return { type: e.name, message: e.message, code: typeof e.code === 'string' ? e.code : undefined, stack: e.stack };
}

/** Structured logs with pino: JSON lines, or readable lines in development. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const out = options.destination ?? pino.destination({ dest: 1, sync: true });
  const stream: DestinationStream =
    options.format === 'pretty' ? { write: (line: string) => out.write(prettyLine(line)) } : (out as DestinationStream);
  const base = pino(
    {
      level: options.level ?? 'info',
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: serializeError },
      // A second line of defence: these keys never reach a log line whatever a caller passes.
      redact: {
        paths: ['password', 'newPassword', 'currentPassword', 'token', 'authorization', 'cookie', 'variables', '*.password', '*.token', '*.authorization', '*.cookie'],
        censor: '[redacted]',
      },
    },
    stream,
  );
  return {
    info: (message, fields) => base.info(fields ?? {}, message),
    warn: (message, fields) => base.warn(fields ?? {}, message),
    error: (message, err, fields) => base.error({ ...fields, ...(err === undefined ? {} : { err }) }, message),
  };
}

const LEVEL_WIDTH = 5;
const OMIT = new Set(['level', 'time', 'msg', 'pid']);

/** One JSON record as "HH:MM:SS LEVEL message key=value ..." (and the stack of an error below it). */
export function prettyLine(json: string): string {
  let rec: Record<string, any>;
  try {
    rec = JSON.parse(json);
  } catch {
    return json;
  }
  const time = typeof rec.time === 'string' ? rec.time.slice(11, 19) : '';
  const fields = Object.entries(rec)
    .filter(([k, v]) => !OMIT.has(k) && k !== 'err' && v !== undefined && v !== null)
    .map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : v}`);
  const err = rec.err ? `\n    ${rec.err.stack ?? rec.err.message}` : '';
  return `${time} ${String(rec.level).toUpperCase().padEnd(LEVEL_WIDTH)} ${rec.msg ?? ''}${fields.length ? '  ' + fields.join(' ') : ''}${err}\n`;
}

/** The format when LOG_FORMAT is not set: readable in a development terminal, JSON everywhere else. */
export function defaultLogFormat(production: boolean): LogFormat {
  return !production && process.stdout.isTTY ? 'pretty' : 'json';
}

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
