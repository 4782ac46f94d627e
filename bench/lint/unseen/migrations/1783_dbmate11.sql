-- migrate:up transaction:false
REINDEX TABLE CONCURRENTLY ledger;

-- migrate:down

