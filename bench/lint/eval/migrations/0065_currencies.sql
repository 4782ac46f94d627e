-- lockstep:irreversible
-- UP
CREATE TABLE currencies (
  code        char(3) PRIMARY KEY,
  name        text NOT NULL,
  minor_units smallint NOT NULL DEFAULT 2
);
INSERT INTO currencies (code, name) VALUES ('EUR', 'Euro'), ('USD', 'US dollar'), ('GBP', 'Pound sterling');
INSERT INTO currencies (code, name, minor_units) VALUES ('JPY', 'Yen', 0);
GRANT SELECT ON currencies TO reporting;
