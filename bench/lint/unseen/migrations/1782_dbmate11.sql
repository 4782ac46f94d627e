-- migrate:up transaction:false
VACUUM (VERBOSE, ANALYZE) accounts;

-- migrate:down

