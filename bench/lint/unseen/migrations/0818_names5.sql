ALTER TABLE public.users ALTER COLUMN "login_count" TYPE bigint;
