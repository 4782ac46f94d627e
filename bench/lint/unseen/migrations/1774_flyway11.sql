-- V47__unique_customer_email.sql
ALTER TABLE public.customers ADD CONSTRAINT customers_email_key UNIQUE (email);;
