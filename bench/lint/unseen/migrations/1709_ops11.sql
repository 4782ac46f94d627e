CREATE STATISTICS accounts_owner_plan_mcv (mcv) ON owner_id, plan FROM accounts;
ANALYZE accounts;;
