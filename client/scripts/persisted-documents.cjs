// @ts-check
/**
 * graphql-codegen plugin: the dashboard's trusted documents (README, "Trusted documents").
 *
 * For every operation in the client's .graphql files it builds the document the dashboard
 * sends (the operation, then the fragments it uses, by name) in the form Apollo Client puts on the wire (its
 * cache adds `__typename` to every selection set), prints it, and hashes the text with SHA-256
 * (the hash of the APQ protocol: `extensions.persistedQuery.sha256Hash`).
 *
 * Two outputs, chosen by the `output` config of the codegen target:
 * - `manifest` (src/gql/persisted-documents.json): `{ "<sha256>": "<document text>" }`, read
 *   by the hub at start; in production it answers the dashboard's cookie sessions only with these.
 * - `hashes` (src/gql/persisted-hashes.ts): operation name → hash, which the client sends
 *   instead of the text.
 *
 * server/test/trusted-documents.test.ts rebuilds the texts from the client's generated
 * DocumentNodes and fails when the manifest is stale or an operation is missing.
 */
const crypto = require('node:crypto');
const { Kind, print, visit } = require('graphql');

/** @param {import('graphql').DocumentNode[]} documents */
function operationsOf(documents) {
  /** @type {Map<string, import('graphql').FragmentDefinitionNode>} */
  const fragments = new Map();
  /** @type {import('graphql').OperationDefinitionNode[]} */
  const operations = [];
  for (const doc of documents)
    for (const def of doc.definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
      else if (def.kind === Kind.OPERATION_DEFINITION) operations.push(def);
    }
  return operations.map((op) => {
    if (!op.name) throw new Error('Every operation of the dashboard needs a name (trusted documents are looked up by it).');
    // Each fragment after the fragments it uses, in order of first use: how the
    // typed-document-node plugin lists them in the documents the dashboard bundles.
    /** @type {Map<string, import('graphql').FragmentDefinitionNode>} */
    const used = new Map();
    /** @type {Set<string>} */
    const seen = new Set();
    /** @param {import('graphql').ASTNode} node */
    const collect = (node) =>
      visit(node, {
        FragmentSpread(spread) {
          const f = fragments.get(spread.name.value);
          if (f && !seen.has(f.name.value)) {
            seen.add(f.name.value);
            collect(f.selectionSet);
            used.set(f.name.value, f);
          }
        },
      });
    collect(op.selectionSet);
    /** @type {import('graphql').DocumentNode} */
    const document = { kind: Kind.DOCUMENT, definitions: [op, ...used.values()] };
    return { name: op.name.value, document };
  });
}

/**
 * The text of a document as the dashboard sends it: Apollo Client's cache transform (which adds
 * `__typename`), then graphql's printer.
 * @param {import('graphql').DocumentNode} document
 */
async function wireText(document) {
  const { InMemoryCache } = await import('@apollo/client/cache');
  const strip = (/** @type {any} */ node) => JSON.parse(JSON.stringify(node, (k, v) => (k === 'loc' ? undefined : v)));
  return print(canonical(new InMemoryCache().transformDocument(strip(document))));
}

/**
 * The operation first, then its fragments by name: typed-document-node lists a document's
 * fragments in the order it met them among all the documents of its target, which differs
 * between the generated modules and this plugin's view of every file; the order means nothing
 * to the hub, so the text (and its hash) is taken in one order whatever produced the document.
 * @param {import('graphql').DocumentNode} document
 * @returns {import('graphql').DocumentNode}
 */
function canonical(document) {
  const name = (/** @type {import('graphql').DefinitionNode} */ d) => (d.kind === Kind.FRAGMENT_DEFINITION ? d.name.value : '');
  const operations = document.definitions.filter((d) => d.kind !== Kind.FRAGMENT_DEFINITION);
  const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  fragments.sort((a, b) => (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0));
  return { ...document, definitions: [...operations, ...fragments] };
}

/** @param {string} text */
function hashOf(text) {
  return crypto.createHash('sha256').update(text).digest('hex');
}

/**
 * Name → { hash, text } of every operation; refuses two operations with one name.
 * @param {import('graphql').DocumentNode[]} documents
 */
async function trustedDocuments(documents) {
  /** @type {Map<string, { hash: string; text: string }>} */
  const out = new Map();
  for (const { name, document } of operationsOf(documents)) {
    if (out.has(name)) throw new Error(`Two operations of the dashboard are named ${name}; trusted documents are looked up by name.`);
    const text = await wireText(document);
    out.set(name, { hash: hashOf(text), text });
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** @type {import('@graphql-codegen/plugin-helpers').PluginFunction<{ output: 'manifest' | 'hashes' }>} */
const plugin = async (_schema, documents, config) => {
  const docs = await trustedDocuments(documents.flatMap((d) => (d.document ? [d.document] : [])));
  if (config.output === 'manifest') {
    const manifest = Object.fromEntries([...docs.values()].map(({ hash, text }) => [hash, text]));
    return `${JSON.stringify(manifest, null, 2)}\n`;
  }
  const lines = [...docs].map(([name, { hash }]) => `  ${name}: '${hash}',`);
  return [
    '// Generated by scripts/persisted-documents.cjs (npm run codegen): do not edit.',
    '/** SHA-256 of each operation as the dashboard sends it; the hub knows them from persisted-documents.json. */',
    'export const PERSISTED_HASHES: Readonly<Record<string, string>> = {',
    ...lines,
    '};',
    '',
  ].join('\n');
};

module.exports = { plugin, trustedDocuments, operationsOf, wireText, hashOf };
