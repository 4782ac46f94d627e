CREATE ROLE legacy_owner16 NOLOGIN;
GRANT SELECT ON accounts TO legacy_owner16;
DROP OWNED BY legacy_owner16;;
