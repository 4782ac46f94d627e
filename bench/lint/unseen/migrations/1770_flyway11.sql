-- V43__default_currency.sql (placeholder default_currency=EUR)
ALTER TABLE public.orders ALTER COLUMN currency SET DEFAULT 'EUR';;
