CREATE INDEX CONCURRENTLY order_totals_total_idx ON order_totals (total);
