import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types and typed documents come from the schema the server emits. Each feature gets its
 * own generated module next to its operations, so a route's chunk carries only the
 * documents it uses; `src/gql/schema-types.ts` holds the enums and inputs shared by all.
 */
const schema = process.env.HUB_SCHEMA ?? '../schema/schema.graphql';

/**
 * The generated modules, and the features whose public fragments (`public.graphql`, exported
 * with the components they type through the feature's `index.ts`) each one spreads.
 */
const modules: [dir: string, uses?: string[]][] = [
  ['src/app'],
  ['src/session'],
  ['src/common'],
  ['src/features/auth'],
  ['src/features/home', ['actions']],
  ['src/features/national'],
  ['src/features/province', ['actions']],
  ['src/features/agreements'],
  ['src/features/meetings', ['actions', 'agreements']],
  ['src/features/actions'],
  ['src/features/cases'],
  ['src/features/audit'],
  ['src/features/users'],
  ['src/features/directory'],
  ['src/features/notifications'],
  ['src/features/recommendations', ['actions']],
];

const operationsConfig = {
  useTypeImports: true,
  avoidOptionals: { field: true, inputValue: false, object: true },
  defaultScalarType: 'unknown',
  scalars: { Date: 'string', DateTime: 'string', ID: { input: 'string', output: 'string' } },
  skipTypeNameForRoot: true,
  enumType: 'string-literal',
};

const config: CodegenConfig = {
  overwrite: true,
  ignoreNoDocuments: true,
  schema,
  generates: {
    'src/gql/schema-types.ts': {
      plugins: ['typescript'],
      config: { ...operationsConfig, enumsAsTypes: true },
    },
    // The trusted documents: the hub answers the dashboard's sessions only with these in
    // production, and the dashboard sends their hashes (scripts/persisted-documents.cjs).
    'src/gql/persisted-documents.json': {
      documents: 'src/**/*.graphql',
      plugins: ['./scripts/persisted-documents.cjs'],
      config: { output: 'manifest' },
    },
    'src/gql/persisted-hashes.ts': {
      documents: 'src/**/*.graphql',
      plugins: ['./scripts/persisted-documents.cjs'],
      config: { output: 'hashes' },
    },
    ...Object.fromEntries(
      modules.map(([dir, uses = []]) => [
        `${dir}/operations.generated.ts`,
        {
          documents: [`${dir}/**/*.graphql`, ...uses.map((feature) => `src/features/${feature}/public.graphql`)],
          plugins: ['typescript-operations', 'typed-document-node'],
          config: operationsConfig,
        },
      ]),
    ),
  },
};

export default config;
