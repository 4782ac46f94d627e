-- pg-osc: the shadow table, with the change applied to it
CREATE TABLE pgosc_st_accounts (LIKE accounts INCLUDING ALL);
ALTER TABLE pgosc_st_accounts ADD COLUMN seats integer NOT NULL DEFAULT 1;;
