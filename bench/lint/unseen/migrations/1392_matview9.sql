CREATE INDEX order_totals_total_idx ON order_totals (total);;
