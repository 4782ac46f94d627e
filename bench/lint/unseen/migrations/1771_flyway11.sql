-- V44__enterprise_accounts.sql
UPDATE public.accounts SET plan = 'enterprise' WHERE id IN (17, 42, 73);;
