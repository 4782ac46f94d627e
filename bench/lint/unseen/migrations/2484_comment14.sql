COMMENT ON COLUMN accounts.balance IS 'in account currency';;
