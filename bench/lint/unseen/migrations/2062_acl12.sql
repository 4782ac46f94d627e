CREATE ROLE reporting12 NOLOGIN;
GRANT SELECT ON accounts TO reporting12;;
