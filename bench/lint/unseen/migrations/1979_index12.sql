create index concurrently "idx_shipments_state" on "public"."shipments" using btree ("state");;
