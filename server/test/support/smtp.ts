import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';

export interface Received {
  to: string[];
  subject: string;
  text: string;
  html: string;
  parsed: ParsedMail;
}

export interface TestSmtp {
  url: string;
  received: Received[];
  /** Times (ms) at which a delivery was attempted, accepted or not. */
  attempts: number[];
  /** While true the server refuses every recipient (550). */
  refuse: boolean;
  stop(): Promise<void>;
  /** Waits until `n` messages have arrived (or fails after `ms`). */
  waitFor(n: number, ms?: number): Promise<Received[]>;
}

/** A real SMTP server on a free loopback port that keeps what it receives, parsed. */
export async function startSmtp(): Promise<TestSmtp> {
  const state: TestSmtp = {
    url: '',
    received: [],
    attempts: [],
    refuse: false,
    stop: async () => {},
    waitFor: async () => [],
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      state.attempts.push(Date.now());
      if (state.refuse) {
        const err = new Error('Mailbox unavailable') as Error & { responseCode: number };
        err.responseCode = 550;
        return callback(err);
      }
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          state.received.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            parsed,
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  state.url = `smtp://127.0.0.1:${port}`;
  state.stop = () => new Promise<void>((resolve) => server.close(() => resolve()));
  state.waitFor = async (n, ms = 20_000) => {
    const until = Date.now() + ms;
    while (state.received.length < n) {
      if (Date.now() > until) throw new Error(`Expected ${n} e-mails, got ${state.received.length}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return state.received;
  };
  return state;
}
