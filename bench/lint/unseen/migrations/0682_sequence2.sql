COMMENT ON SEQUENCE users_id_seq IS 'user ids';
