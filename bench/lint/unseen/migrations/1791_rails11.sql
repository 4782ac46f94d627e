-- disable_ddl_transaction!
CREATE UNIQUE INDEX CONCURRENTLY "index_shipments_on_state" ON "shipments" ("state");;
