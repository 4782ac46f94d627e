ALTER DOMAIN email_address RENAME CONSTRAINT email_has_at TO email_contains_at;;
