CREATE INDEX orders_created_day_idx21 ON orders ((created_at::date));;
