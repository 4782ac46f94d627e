CREATE VIEW account_plans16 (account_id, plan_name) AS SELECT id, plan FROM accounts;;
