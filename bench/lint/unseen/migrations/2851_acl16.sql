CREATE ROLE support16 NOLOGIN;
GRANT SELECT (id, email, name) ON customers TO support16;;
