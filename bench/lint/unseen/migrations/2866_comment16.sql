COMMENT ON CONSTRAINT email_has_at ON DOMAIN email_address IS 'a loose format check';;
