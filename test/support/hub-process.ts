import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

/** The compiled hub, run as its own process the way an operator runs it. */
export const root = path.resolve(__dirname, '../..');
export const mainJs = path.join(root, 'server/dist/main.js');

/** Compiles the server once for a test file (the process tests run server/dist). */
export function buildServer() {
  execFileSync('npx', ['tsc', '-p', 'server/tsconfig.json'], { cwd: root, stdio: 'inherit' });
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export interface HubProcess {
  child: ChildProcess;
  port: number;
  url: string;
  /** Everything written to stdout and stderr so far. */
  out(): string;
  exit: Promise<number | null>;
  /** Resolves once the output contains `text`. */
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<void>;
}

const running: ChildProcess[] = [];

/** Starts `node <script> ...args` with the environment given on top of a clean one (no DATABASE_URL, no NODE_ENV). */
export function startProcess(script: string, args: string[], env: Record<string, string>, port = 0): HubProcess {
  const clean = { ...process.env };
  delete clean.DATABASE_URL;
  delete clean.NODE_ENV;
  const child = spawn(process.execPath, [script, ...args], { cwd: root, env: { ...clean, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  let out = '';
  const waiters: (() => void)[] = [];
  const onData = (d: Buffer) => {
    out += d;
    for (const w of waiters.splice(0)) w();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitFor = (text: string | RegExp, timeoutMs = 60_000) =>
    new Promise<void>((resolve, reject) => {
      const deadline = setTimeout(() => reject(new Error(`timed out waiting for ${text} in:\n${out}`)), timeoutMs);
      const check = () => {
        if (typeof text === 'string' ? out.includes(text) : text.test(out)) {
          clearTimeout(deadline);
          resolve();
        } else waiters.push(check);
      };
      check();
    });
  return { child, port, url: `http://127.0.0.1:${port}`, out: () => out, exit, waitFor };
}

/** Starts the hub on a free port and waits until it is ready. */
export async function startHubProcess(env: Record<string, string>): Promise<HubProcess> {
  const port = await freePort();
  const hub = startProcess(mainJs, [], { ...env, PORT: String(port), LOG_FORMAT: 'json' }, port);
  await Promise.race([
    hub.waitFor('Hub ready', 120_000),
    hub.exit.then((code) => {
      throw new Error(`the hub exited with ${code}:\n${hub.out()}`);
    }),
  ]);
  return hub;
}

/** Sends SIGTERM and waits for the exit code. */
export async function stopHubProcess(hub: HubProcess): Promise<number | null> {
  if (hub.child.exitCode !== null) return hub.child.exitCode;
  hub.child.kill('SIGTERM');
  return hub.exit;
}

/** Kills whatever a test file left running. */
export function killAll() {
  for (const c of running) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
}

export async function gql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data: any; errors?: { message: string; extensions: { code: string } }[] };
}

export async function signInAt(url: string, email: string, password: string): Promise<string> {
  const res = await gql(url, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: email, p: password });
  if (!res.data) throw new Error(`login failed: ${JSON.stringify(res.errors)}`);
  return res.data.login.token;
}
