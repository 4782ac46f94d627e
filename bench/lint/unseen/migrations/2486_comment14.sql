COMMENT ON DOMAIN email_address IS 'checked loosely';;
