ALTER TABLE ledger ADD COLUMN source text;
COMMENT ON COLUMN ledger.source IS 'origin system';
GRANT SELECT (source) ON ledger TO PUBLIC;;
