SELECT set_config('lock_timeout', '2s', false);
ALTER TABLE customers ADD COLUMN vip boolean;;
