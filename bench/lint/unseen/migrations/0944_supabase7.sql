create role b7_anon nologin;
create role b7_authenticated nologin;
grant usage on schema public to b7_anon, b7_authenticated;
