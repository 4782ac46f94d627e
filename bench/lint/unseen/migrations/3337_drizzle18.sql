CREATE INDEX IF NOT EXISTS "shipments_state_idx" ON "shipments" USING btree ("state");;
