CREATE UNIQUE INDEX CONCURRENTLY shipments_id_new ON shipments (id);
BEGIN;
ALTER TABLE shipments DROP CONSTRAINT shipments_pkey;
ALTER TABLE shipments ADD CONSTRAINT shipments_pkey PRIMARY KEY USING INDEX shipments_id_new;
COMMIT;
