CREATE ROLE h11c_reader NOLOGIN;
GRANT pg_read_all_data TO h11c_reader;
