import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Context } from '../common/context';
import type { Logger } from '../common/logger';
import { validationRules } from './limits';

/**
 * The dashboard's operations, extracted when the client is generated (client/scripts/
 * persisted-documents.cjs, `npm run codegen -w client`): SHA-256 of the text → text. Read from
 * the repository's client/src/gql (three levels above both server/src/http and server/dist/http).
 */
export const MANIFEST_PATH = path.resolve(__dirname, '../../../client/src/gql/persisted-documents.json');

type DocumentStore = NonNullable<ApolloServerOptions<Context>['documentStore']>;
type ApqCache = NonNullable<Exclude<ApolloServerOptions<Context>['persistedQueries'], false | undefined>['cache']>;

const HASH = /^[0-9a-f]{64}$/;
/** Documents of other callers kept parsed and validated (Apollo's own store is an LRU too). */
const MAX_OTHER_DOCUMENTS = 1_000;

/**
 * The trusted documents of this process: parsed and validated once, at start, with the same
 * rules Apollo applies to every request (graphql's, then depth, aliases, one operation).
 */
export class TrustedDocuments {
  private readonly documents = new Map<string, { text: string; document: DocumentNode }>();

  constructor(manifest: Record<string, string>, schema: GraphQLSchema, log?: Pick<Logger, 'warn'>) {
    for (const [hash, text] of Object.entries(manifest)) {
      const actual = crypto.createHash('sha256').update(text).digest('hex');
      if (!HASH.test(hash) || actual !== hash) throw new Error(`Trusted documents: the entry ${hash.slice(0, 16)}… is not the SHA-256 of its text.`);
      const document = parse(text);
      const errors = validate(schema, document, [...specifiedRules, ...validationRules]);
      if (errors.length > 0) {
        // A manifest older than the schema (the client not regenerated): that operation is left
        // out, so the dashboard's request for it is refused rather than the hub not starting.
        log?.warn(`Trusted documents: ${hash.slice(0, 16)}… does not fit the schema and is left out: ${errors[0].message}`);
        continue;
      }
      this.documents.set(hash, { text, document });
    }
  }

  /** The manifest at `file`; none in development is an empty set, in production an error. */
  static load(schema: GraphQLSchema, options: { production: boolean; file?: string; log?: Pick<Logger, 'warn'> }): TrustedDocuments {
    const file = options.file ?? MANIFEST_PATH;
    let manifest: Record<string, string>;
    try {
      manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
    } catch (err) {
      if (options.production) throw new Error(`Trusted documents: cannot read ${file} (${(err as Error).message}); it is built with the dashboard.`);
      options.log?.warn(`Trusted documents: cannot read ${file}; the dashboard's operations are sent as text.`);
      manifest = {};
    }
    return new TrustedDocuments(manifest, schema, options.log);
  }

  get size(): number {
    return this.documents.size;
  }

  has(hash: string | undefined): boolean {
    return hash !== undefined && this.documents.has(hash);
  }

  /**
   * Apollo's APQ cache (`persistedQueries.cache`): a hash alone is answered with the trusted
   * document's text; nothing is ever registered, so a hash that is not one of them is always
   * PERSISTED_QUERY_NOT_FOUND, whoever sent the text before.
   */
  apqCache(): ApqCache {
    const keyHash = (key: string) => (key.startsWith('apq:') ? key.slice(4) : key);
    return {
      get: async (key) => this.documents.get(keyHash(key))?.text,
      set: async () => undefined,
      delete: async () => true,
    };
  }

  /**
   * Apollo's store of parsed and validated documents (keyed by a prefix and the SHA-256 of the
   * text): the trusted ones come from this set, parsed and validated once per process and never
   * evicted; any other caller's documents are kept in a bounded map.
   */
  documentStore(): DocumentStore {
    const others = new Map<string, DocumentNode>();
    return {
      get: async (key) => this.documents.get(key.slice(-64))?.document ?? others.get(key),
      set: async (key, document) => {
        if (this.documents.has(key.slice(-64))) return;
        if (others.size >= MAX_OTHER_DOCUMENTS) others.delete(others.keys().next().value!);
        others.set(key, document);
      },
      delete: async (key) => others.delete(key),
    };
  }
}

/**
 * In production the dashboard's sessions (signed in by the session cookie, no `Authorization`
 * header) are answered only with trusted documents, sent by hash or as their exact text;
 * anything else is refused with UNKNOWN_DOCUMENT before it runs. API clients with a Bearer token
 * may send any document, and so may anonymous callers (signing in is all they can do, and API
 * clients sign in with their own `login` selection); both stay under the limits of limits.ts.
 */
export function trustedDocumentsPlugin(trusted: TrustedDocuments, production: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      if (!production) return;
      return {
        async didResolveOperation({ queryHash, contextValue }) {
          const cookieSession = contextValue.viewer !== null && !contextValue.req?.headers.authorization;
          if (cookieSession && !trusted.has(queryHash)) {
            throw new GraphQLError(
              'This hub answers the dashboard only with the operations it was built with. Reload the page for the current version; API clients sign in and send an Authorization: Bearer token.',
              { extensions: { code: 'UNKNOWN_DOCUMENT', http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
