# bench/adopt/projects.sh — the public projects of the adoption acceptance run (issue 16), sourced by the scripts here.
# Their migrations are never committed: bring each folder to $EXT/<name> yourself (for example with
# `git -C <clone> archive <commit> <path> | tar -x -C $EXT/<name>`), at the commit named here.
#
# name | tool (as bench/adopt/tool-order.mjs emulates it) | folders under $EXT, ':'-separated | repository@commit path
EXT=${EXT:-/tmp/ext}
PROJECTS=(
  "ente|golang-migrate|ente/server/migrations|ente-io/ente@a621d733 server/migrations"
  "harness|maragudk|harness/app/store/database/migrate/postgres|harness/harness@ad5c8768 app/store/database/migrate/postgres (maragudk/migrate v0.4.3)"
  "cratesio|diesel|cratesio/migrations|rust-lang/crates.io@57fa0006 migrations"
  "lemmy|diesel|lemmy-i16/migrations|LemmyNet/lemmy@439734dd migrations"
  "documenso|prisma|documenso/packages/prisma/migrations|documenso/documenso@75330166 packages/prisma/migrations"
  "dokploy|drizzle|dokploy/apps/dokploy/drizzle|Dokploy/dokploy@772b7682 apps/dokploy/drizzle"
  "dspace|flyway|dspace/dspace-api/src/main/resources/org/dspace/storage/rdbms/sqlmigration/postgres:dspace/dspace-api/src/main/resources/org/dspace/storage/rdbms/sqlmigration/workflow/postgres/xmlworkflow|DSpace/DSpace@3d8bdc92 dspace-api/…/sqlmigration/postgres + …/workflow/postgres/xmlworkflow"
  "dspace-java|flyway|dspace/dspace-api/src/main/resources/org/dspace/storage/rdbms/sqlmigration/postgres:dspace/dspace-api/src/main/java/org/dspace/storage/rdbms/migration|DSpace/DSpace@3d8bdc92 the SQL location + the Java migrations' package"
  "hatchet|goose|hatchet/cmd/hatchet-migrate/migrate/migrations|hatchet-dev/hatchet@89d130f3 cmd/hatchet-migrate/migrate/migrations"
  "horizon|sql-migrate|horizon/services/horizon/internal/db2/schema/migrations|stellar/go@ae9e310c services/horizon/internal/db2/schema/migrations (the last commit before horizon left the repository)"
  # Projects not tried before issue 16's first run (the adopt-qa pass: other projects than the ten above).
  "vaultwarden|diesel|vaultwarden/migrations/postgresql|dani-garcia/vaultwarden@46d71107 migrations/postgresql"
  "harbor|golang-migrate|harbor/make/migrations/postgresql|goharbor/harbor@c50c7ddd make/migrations/postgresql"
  "kestra|flyway|kestra/jdbc-postgres/src/main/resources/migrations/postgres|kestra-io/kestra@58c1ca2d jdbc-postgres/src/main/resources/migrations/postgres"
  "openfga|goose|openfga/assets/migrations/postgres|openfga/openfga@da9354f7 assets/migrations/postgres"
  "umami|prisma|umami/prisma/migrations|umami-software/umami@c0ea3aef prisma/migrations"
  "hoppscotch|prisma|hoppscotch/packages/hoppscotch-backend/prisma/migrations|hoppscotch/hoppscotch@afc2cf18 packages/hoppscotch-backend/prisma/migrations"
  "cosmo|drizzle|cosmo/controlplane/migrations|wundergraph/cosmo@6e0a147f controlplane/migrations"
  "convoy|sql-migrate|convoy/sql|frain-dev/convoy@2b60cc65 sql"
  "upchieve|dbmate|upchieve/database/migrations|UPchieve/subway@3a5f8fa8 database/migrations"
  "openmeter|golang-migrate|openmeter/tools/migrate/migrations|openmeterio/openmeter@7e57a394 tools/migrate/migrations (history table schema_om)"
  "permify|goose|permify/internal/storage/postgres/migrations|Permify/permify@e00d0522 internal/storage/postgres/migrations"
  "langfuse|prisma|langfuse/packages/shared/prisma/migrations|langfuse/langfuse@62751446 packages/shared/prisma/migrations"
  "rallly|prisma|rallly/packages/database/prisma/migrations|lukevella/rallly@c629b314 packages/database/prisma/migrations"
  "nakama|sql-migrate|nakama/migrate/sql|heroiclabs/nakama@73ad9c15 migrate/sql (history table migration_info)"
  "plume|diesel|plume/migrations/postgres|Plume-org/Plume@befea20f migrations/postgres"
  "conductor|flyway|conductor/postgres-persistence/src/main/resources/db/migration_postgres:conductor/postgres-persistence/src/main/resources/db/migration_postgres_notify:conductor/postgres-persistence/src/main/resources/db/migration_postgres_data|conductor-oss/conductor@b54f0d4e postgres-persistence/src/main/resources/db/migration_postgres + _notify + _data (all three locations on)"
  # Projects not tried before the qa11 pass (a newcomer's run on folders Lockstep had never seen).
  "pocketid|golang-migrate|pocketid/backend/resources/migrations/postgres|pocket-id/pocket-id@d258d952 backend/resources/migrations/postgres"
  "cds|sql-migrate|cds/engine/sql/api|ovh/cds@ea9589f4 engine/sql/api"
  "thunderdome|goose|thunderdome/internal/db/migrations|StevenWeathers/thunderdome-planning-poker@c16141a1 internal/db/migrations"
  "marquez|flyway|marquez/api/src/main/resources/marquez/db/migration:marquez/api/src/main/java/marquez/db/migrations|MarquezProject/marquez@a89b89ca api/src/main/resources/marquez/db/migration + the Java migrations' package api/src/main/java/marquez/db/migrations"
  # Projects not tried before the qa12 pass (a newcomer's run; layouts with few tried projects).
  "flipt|golang-migrate|flipt/config/migrations/postgres|flipt-io/flipt@3664b736 config/migrations/postgres (the last commit before v2 removed it)"
  "takobox|dbmate|takobox/apps/backend/db/migrations|myuwi/takobox@f5a245d5 apps/backend/db/migrations (the last commit before dbmate was left)"
  "anithon|goose|anithon/internal/dbal/postgres/sql/migrations|jojoxd/anithon-stats@fe440e08 internal/dbal/postgres/sql/migrations"
  "stacks|node-pg-migrate|stacks/migrations|hirosystems/stacks-blockchain-api@759c4a58 migrations (TypeScript modules only: all unsupported, up stops before the first)"
  "trigger|prisma|trigger/internal-packages/database/prisma/migrations|triggerdotdev/trigger.dev@b082e443 internal-packages/database/prisma/migrations"
  # Projects not tried before the qa13 pass (a newcomer's run; layouts with few tried projects, big or odd folders).
  "goalert|sql-migrate|goalert/migrate/migrations|target/goalert@2458b9d7 migrate/migrations (its own runner in sql-migrate's format, table gorp_migrations)"
  "sim|drizzle|sim/packages/db/migrations|simstudioai/sim@0b232eb8 packages/db/migrations"
  "ontrack|flyway|ontrack/ontrack-database/src/main/resources/db/migration:ontrack/ontrack-database/src/main/java/db/migration|nemerosa/ontrack@5e014f19 ontrack-database/src/main/resources/db/migration + the Kotlin migrations' package ontrack-database/src/main/java/db/migration (table schema_version)"
  "inngest|goose|inngest/pkg/db/postgres/migrations|inngest/inngest@253303cd pkg/db/postgres/migrations (goose Provider; NO TRANSACTION index builds)"
  "quickwit|golang-migrate|quickwit/quickwit/quickwit-metastore/migrations/postgresql:quickwit/quickwit/quickwit-metastore/migrations/postgresql_deferred|quickwit-oss/quickwit@9fd01432 quickwit/quickwit-metastore/migrations/postgresql + postgresql_deferred (sqlx pairs, read as golang-migrate's; the deferred folder's file says -- no-transaction)"
)

# SQL the tool runs before any migration, which the project's migrations rely on: maragudk/migrate creates its
# one-row table first, and harness's first migration alters it; harbor's 0030 alters golang-migrate's. Run on both databases of the comparison.
declare -A PROJECT_SETUP=(
  [harness]="create table migrations (version text not null)"
  # golang-migrate's own table, which harbor's 0030 alters (ADD COLUMN data_version) and 0040 alters back.
  [harbor]="create table schema_migrations (version bigint not null primary key, dirty boolean not null)"
)

# The last migration the test server can run, where a later one needs more than PostgreSQL 15 (`up --to` and psql
# stop there): lemmy's 2025-08-01-000016 uses a subquery without an alias, which PostgreSQL accepts from 16 on.
declare -A PROJECT_UPTO=(
  [lemmy]="2025-08-01-000015"
  # sim's 0039 creates the pgvector extension, which the test server does not have.
  [sim]="0038_shocking_thor"
)

# project_field NAME INDEX — one field of a project's row (0 name, 1 tool, 2 folders, 3 source).
project_field() {
  local row
  for row in "${PROJECTS[@]}"; do
    IFS='|' read -r -a f <<< "$row"
    [ "${f[0]}" = "$1" ] && { echo "${f[$2]}"; return; }
  done
  echo "unknown project $1" >&2
  return 1
}

# dir_args NAME — `--dir <folder>` for each of the project's folders.
dir_args() {
  local d
  IFS=':' read -r -a ds <<< "$(project_field "$1" 2)"
  for d in "${ds[@]}"; do printf -- '--dir %s ' "$EXT/$d"; done
}

# dir_list NAME — the project's folders, absolute, space-separated.
dir_list() {
  local d
  IFS=':' read -r -a ds <<< "$(project_field "$1" 2)"
  for d in "${ds[@]}"; do printf '%s ' "$EXT/$d"; done
}
