/**
 * The layers of docs/ARCHITECTURE.md, held by dependency-cruiser (`npm run check:deps`, part of `npm test`).
 * A module may import from its own layer's lower neighbours and below, never from above; nothing may form a cycle.
 * Keep this list and the diagram in docs/ARCHITECTURE.md the same.
 */
const LAYERS = [
  ['core'],
  ['sql'],
  ['locks', 'loader', 'execution', 'db'],
  ['config', 'history', 'schema', 'shadow'],
  ['lint', 'plan', 'adopt'],
  ['runner'],
  ['rehearsal', 'preflight'],
  ['impact'],
  ['verdict'],
  ['api'],
  ['fleet'],
  ['report', 'alerts', 'metrics'],
  ['http'],
  ['cli'],
];

const above = (i) => LAYERS.slice(i + 1).flat();
const layerRules = LAYERS.flatMap((mods, i) =>
  above(i).length === 0
    ? []
    : mods.map((m) => ({
        name: `layer-${m}`,
        comment: `${m} is in layer ${i}: it may not import ${above(i).join(', ')}`,
        severity: 'error',
        from: { path: `^src/${m}/` },
        to: { path: `^src/(${above(i).join('|')})/` },
      })),
);

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'No import cycles, between modules or between files.', from: {}, to: { circular: true } },
    ...layerRules,
    {
      name: 'thin-clients',
      severity: 'error',
      comment:
        'The CLI and the HTTP service use the library (api, and fleet over it), the configuration, the report formatters and core, and the server its alerts and metrics: never the engine directly.',
      from: { path: '^src/(cli|http)/' },
      to: {
        path: '^src/',
        pathNot: [
          '^src/(cli|http|api|fleet|report|core|config|alerts|metrics)/',
          '^src/index\\.ts$',
          // The linter's start-up: parser warm-up and worker pool (issue 11's speed work decides whether they stay).
          '^src/sql/index\\.ts$', '^src/sql/wasm-tiering\\.ts$', '^src/lint/pool\\.ts$',
        ],
      },
    },
    {
      name: 'through-index',
      severity: 'error',
      comment:
        "A module is used through its index.ts, its surface; its other files are its own. Exceptions: core is a kit of small leaf files, each its own surface; config/schema.ts (zod) is imported by name so that commands without a config file never load zod; a lazy import() (loaded only when a command needs it, for start-up time) may name the file it loads.",
      from: { path: '^src/([^/]+)/' },
      to: {
        path: '^src/[^/]+/',
        pathNot: ['^src/$1/', '^src/core/', '^src/config/schema\\.ts$', '^src/[^/]+/index\\.ts$'],
        dependencyTypesNot: ['dynamic-import'],
      },
    },
    {
      name: 'one-driver-home',
      severity: 'error',
      comment: 'Only the database adapters import a driver.',
      from: { path: '^src/', pathNot: '^src/db/(pg|pglite)/' },
      to: { path: 'node_modules/(pg|@electric-sql/pglite)/' },
      // pg-protocol types and the pg error class are read by db/ only
    },
    {
      name: 'one-parser-home',
      severity: 'error',
      comment: 'Only src/sql imports libpg-query.',
      from: { path: '^src/', pathNot: '^src/sql/' },
      to: { path: 'node_modules/libpg-query/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^src/http/dashboard/public/' },
  },
};
