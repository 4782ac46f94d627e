CREATE STATISTICS accounts_owner_plan (dependencies) ON owner_id, plan FROM accounts;;
