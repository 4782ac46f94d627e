COMMENT ON COLUMN accounts.plan IS 'Billing plan code, see billing.plans';
