CREATE INDEX accounts_created_day_idx21 ON accounts ((created_at::date));;
