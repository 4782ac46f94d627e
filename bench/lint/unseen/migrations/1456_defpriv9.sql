CREATE ROLE app_writer9 NOLOGIN;
ALTER TABLE accounts OWNER TO app_writer9;;
