ALTER TABLE ledger ADD CONSTRAINT ledger_shipment_fk21 FOREIGN KEY (id) REFERENCES shipments (id) NOT VALID;;
