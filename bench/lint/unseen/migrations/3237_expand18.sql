ALTER TABLE orders RENAME COLUMN legacy_code TO legacy_code_old;;
