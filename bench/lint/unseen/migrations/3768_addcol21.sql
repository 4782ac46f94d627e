ALTER TABLE ledger ADD COLUMN external_ref text;
CREATE INDEX ledger_external_ref_idx21 ON ledger (external_ref);;
