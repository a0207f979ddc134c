import type { Request, Response } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import type DataLoader from 'dataloader';
import type { Config } from '../config';
import type { AuthService } from '../modules/auth/auth.service';
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

export type LoaderFactory<K, V> = (ctx: Context) => DataLoader<K, V>;

/** Per-request DataLoaders, created on first use, so batching and caching never cross requests. */
export class Loaders {
  private readonly map = new Map<LoaderFactory<unknown, unknown>, DataLoader<unknown, unknown>>();

  constructor(private readonly ctx: Context) {}

  get<K, V>(factory: LoaderFactory<K, V>): DataLoader<K, V> {
    let loader = this.map.get(factory as LoaderFactory<unknown, unknown>);
    if (!loader) {
      loader = (factory as LoaderFactory<unknown, unknown>)(this.ctx);
      this.map.set(factory as LoaderFactory<unknown, unknown>, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

export interface Context {
  /** This request's EntityManager fork. */
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
  auth: AuthService;
}
