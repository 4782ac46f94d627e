/**
 * The tables migration tools keep their history in, by the names they give them unless told otherwise (each tool's
 * documentation). The tool writes one row as each migration ends (Alembic keeps one row, the current revision) and
 * nothing else reads or locks them. `adopt` looks for the ones of the tools it takes over; `lint` knows a write to
 * one in a migration file (Alembic's offline `--sql` output updates alembic_version in every file) for the
 * bookkeeping it is.
 */
export const TOOL_HISTORY_TABLES = {
  dbmate: ['schema_migrations'],
  diesel: ['__diesel_schema_migrations'],
  drizzle: ['__drizzle_migrations'],
  // Flyway before 5.0 named it schema_version (https://github.com/flyway/flyway/issues/1848).
  flyway: ['flyway_schema_history', 'schema_version'],
  'golang-migrate': ['schema_migrations'],
  goose: ['goose_db_version'],
  'node-pg-migrate': ['pgmigrations'],
  prisma: ['_prisma_migrations'],
  'sql-migrate': ['gorp_migrations'],
  alembic: ['alembic_version'],
  rails: ['schema_migrations', 'ar_internal_metadata'],
  django: ['django_migrations'],
  ecto: ['schema_migrations'],
  knex: ['knex_migrations', 'knex_migrations_lock'],
  sequelize: ['SequelizeMeta'],
  liquibase: ['databasechangelog', 'databasechangeloglock'],
  // Tools Lockstep does not take over, whose SQL scripts or migration files may write their own row: lint still
  // knows the write for the bookkeeping it is. `dotnet ef migrations script` ends every migration with an INSERT into
  // "__EFMigrationsHistory"; FluentMigrator's SQL output does the same into "VersionInfo".
  'ef-core': ['__EFMigrationsHistory'],
  fluentmigrator: ['VersionInfo'],
  dbup: ['schemaversions'],
  phinx: ['phinxlog'],
  doctrine: ['doctrine_migration_versions'],
  yoyo: ['_yoyo_migration', '_yoyo_log', '_yoyo_version', 'yoyo_lock'],
  aerich: ['aerich'],
  'mikro-orm': ['mikro_orm_migrations'],
  kysely: ['kysely_migration', 'kysely_migration_lock'],
  bun: ['bun_migrations', 'bun_migration_locks'],
  payload: ['payload_migrations'],
  directus: ['directus_migrations'],
  'sea-orm': ['seaql_migrations'],
  sqlx: ['_sqlx_migrations'],
  refinery: ['refinery_schema_history'],
  postgrator: ['schemaversion'],
  atlas: ['atlas_schema_revisions'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

const ALL: ReadonlySet<string> = new Set(Object.values(TOOL_HISTORY_TABLES).flat());

/** Whether a table's name (unqualified, as PostgreSQL folds it) is one a migration tool keeps its history in. */
export function isToolHistoryTable(bareName: string): boolean {
  return ALL.has(bareName);
}
