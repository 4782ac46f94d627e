create role b7_authenticated nologin;
grant select, insert, update, delete on all tables in schema public to b7_authenticated;
