import type { Request, Response } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import type DataLoader from 'dataloader';
import type { Config } from '../config';
import type { AuditLog } from './audit-log';
import type { Role } from './enums';
import type { Sql } from './sql';

/** The signed-in user as the server sees them for one request. */
export interface Viewer {
  id: number;
  email: string;
  displayName: string;
  role: Role;
  /** COORDINATOR: the province coordinated. */
  provinceCode: string | null;
  /** MEMBER: the agency worked for. */
  agencyId: number | null;
  /** MEMBER: the province of that agency (null for national agencies). */
  agencyProvinceCode: string | null;
  sessionId: string;
}

/**
 * The services that live as long as the process, made once by the hub's wiring (hub.ts) and
 * handed to every request. common/ declares the ones it uses itself; a module that provides one
 * for its own resolvers adds its entry by declaration merging (as auth.service.ts does for
 * `auth`), so that common/ imports no module.
 */
export interface Services {
  /** Writes the audit events of mutations (modules/audit/audit.sql.ts). */
  audit: AuditLog;
}

export type LoaderFactory<K, V> = (ctx: Context) => DataLoader<K, V>;

/**
 * Per-request DataLoaders, created on first use, so batching and caching never cross requests.
 *
 * Batches are dispatched in waves: while a batch of this request is running, the batches asked
 * for meanwhile wait, and go together once it is done. Every key requested while the previous
 * level is loading joins one batch, so the statements a query runs depend on the data only, not
 * on which statement happened to finish first (and there are fewer of them).
 */
export class Loaders {
  private readonly map = new Map<LoaderFactory<unknown, unknown>, DataLoader<unknown, unknown>>();
  /** Records handed over by another statement (see `prime`), per loader. */
  private readonly primed = new Map<LoaderFactory<unknown, unknown>, Map<unknown, unknown>>();
  private running = 0;
  private waiting: (() => void)[] = [];
  private flushQueued = false;

  constructor(private readonly ctx: Context) {}

  get<K, V>(factory: LoaderFactory<K, V>): DataLoader<K, V> {
    let loader = this.map.get(factory as LoaderFactory<unknown, unknown>);
    if (!loader) {
      loader = (factory as LoaderFactory<unknown, unknown>)(this.ctx);
      this.map.set(factory as LoaderFactory<unknown, unknown>, loader);
    }
    return loader as DataLoader<K, V>;
  }

  /**
   * Hands a loader the value it would load for `key`, fetched by another statement (e.g. the
   * agencies of an agreement's parties, full rows). The value must be exactly what the loader's
   * own statement would answer, scope included; the first value given for a key stays. `load`
   * answers it at once, and a batch asked for before leaves it out.
   */
  prime<K, V>(factory: LoaderFactory<K, V>, key: K, value: V): void {
    let values = this.primed.get(factory as LoaderFactory<unknown, unknown>);
    if (!values) {
      values = new Map();
      this.primed.set(factory as LoaderFactory<unknown, unknown>, values);
    }
    if (!values.has(key)) values.set(key, value);
  }

  /** DataLoader's `batchScheduleFn` for this request's loaders (see batchLoader). */
  readonly schedule = (dispatch: () => void): void => {
    this.waiting.push(dispatch);
    this.flushWhenIdle();
  };

  /**
   * Runs a batch: counted as running until it settles, and only for the keys no other
   * statement has handed over meanwhile. A batch must not wait for another loader.
   */
  async runBatch<K, V>(factory: LoaderFactory<K, V>, keys: readonly K[], load: (keys: readonly K[]) => Promise<V[]>): Promise<V[]> {
    this.running += 1;
    try {
      const primed = this.primed.get(factory as LoaderFactory<unknown, unknown>);
      const missing = primed ? keys.filter((k) => !primed.has(k)) : keys;
      if (missing.length === keys.length) return await load(keys);
      const loaded = missing.length ? await load(missing) : [];
      const byKey = new Map(missing.map((k, i) => [k, loaded[i]]));
      return keys.map((k) => (primed!.has(k) ? (primed!.get(k) as V) : (byKey.get(k) as V)));
    } finally {
      this.running -= 1;
      this.flushWhenIdle();
    }
  }

  /** Dispatches the waiting batches once no batch runs, after the promise jobs that may still ask for keys. */
  private flushWhenIdle() {
    if (this.flushQueued || this.running > 0 || this.waiting.length === 0) return;
    this.flushQueued = true;
    // As DataLoader does: after the current promise jobs, so that every resolver they run asks first.
    void Promise.resolve().then(() =>
      process.nextTick(() => {
        this.flushQueued = false;
        if (this.running > 0) return;
        const dispatch = this.waiting;
        this.waiting = [];
        for (const d of dispatch) d();
      }),
    );
  }

  /**
   * The value for `key`: primed values at once (no promise, so the fields below resolve in the
   * same tick), anything else through the DataLoader, batched with the other keys of the tick.
   */
  load<K, V>(factory: LoaderFactory<K, V>, key: K): V | Promise<V> {
    const values = this.primed.get(factory as LoaderFactory<unknown, unknown>);
    if (values?.has(key)) return values.get(key) as V;
    return this.get(factory).load(key);
  }
}

export interface Context {
  /** This request's EntityManager fork (for transactions). */
  em: EntityManager;
  /** Plain SQL on the same fork. */
  sql: Sql;
  viewer: Viewer | null;
  loaders: Loaders;
  config: Config;
  /** "Today" in the hub's time zone, fixed for the whole request. */
  today: string;
  req?: Request;
  res?: Response;
  services: Services;
}

/**
 * The context of one GraphQL request. Its EntityManager fork is made on first use: only
 * transactions need one (plain SQL runs on the pool). The fork is behind a prototype getter so
 * that Apollo's per-request shallow copy of the context (own properties, same prototype) does
 * not make it.
 */
export class RequestContext implements Context {
  readonly loaders: Loaders;
  private fork?: EntityManager;

  constructor(
    private readonly orm: { em: EntityManager },
    readonly sql: Sql,
    readonly viewer: Viewer | null,
    readonly config: Config,
    readonly today: string,
    readonly services: Services,
    readonly req?: Request,
    readonly res?: Response,
  ) {
    this.loaders = new Loaders(this);
  }

  get em(): EntityManager {
    return (this.fork ??= this.orm.em.fork());
  }
}

/** The same request as seen by another viewer (its DataLoaders are the original's). */
export function withViewer(ctx: Context, viewer: Viewer): Context {
  return Object.assign(Object.create(Object.getPrototypeOf(ctx)), ctx, { viewer });
}
