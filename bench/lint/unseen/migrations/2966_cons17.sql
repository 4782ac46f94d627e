ALTER TABLE shipments ADD CONSTRAINT shipments_order_excl17 EXCLUDE USING btree (order_id WITH =);;
