-- the index CONCURRENTLY left INVALID after a failed build: drop it and build again in the next migration
DROP INDEX CONCURRENTLY IF EXISTS accounts_owner_id_idx;;
