CREATE INDEX customers_created_at_idx ON customers USING btree (created_at DESC NULLS LAST);;
