CREATE ROLE app_writer9 NOLOGIN;
GRANT SELECT, INSERT, UPDATE, DELETE ON accounts TO app_writer9;
GRANT USAGE ON SEQUENCE accounts_id_seq TO app_writer9;;
