CREATE INDEX accounts_created_at_brin ON accounts USING brin (created_at);;
