COMMENT ON COLUMN accounts.plan IS NULL;;
