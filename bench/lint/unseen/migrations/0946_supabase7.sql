create role b7_anon nologin;
alter default privileges in schema public grant select on tables to b7_anon;
