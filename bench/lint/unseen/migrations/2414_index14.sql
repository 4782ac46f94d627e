CREATE INDEX CONCURRENTLY ledger_id_desc_idx ON ledger USING btree (id DESC) WITH (fillfactor = 70);;
