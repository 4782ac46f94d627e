ALTER TABLE events ADD CONSTRAINT events_ledger_fk FOREIGN KEY (id) REFERENCES ledger (id) NOT VALID;
