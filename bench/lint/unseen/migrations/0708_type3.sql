COMMENT ON DOMAIN email_address IS 'an e-mail address';
