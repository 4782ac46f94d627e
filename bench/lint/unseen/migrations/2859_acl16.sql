CREATE ROLE legacy_owner16 NOLOGIN;
CREATE TABLE legacy_notes16 (id bigint);
ALTER TABLE legacy_notes16 OWNER TO legacy_owner16;
REASSIGN OWNED BY legacy_owner16 TO postgres;;
