CREATE PUBLICATION pro_accounts16 FOR TABLE accounts WHERE (plan = 'pro');;
