DROP SEQUENCE users_id_seq;
