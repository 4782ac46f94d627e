DROP VIEW IF EXISTS active_accounts_v18;;
