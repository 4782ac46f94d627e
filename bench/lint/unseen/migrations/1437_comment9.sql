COMMENT ON DOMAIN email_address IS 'an address with an @';;
