SET lock_timeout TO '10s';
SET statement_timeout TO '1h';
ALTER TABLE "users" ADD "locale" character varying DEFAULT 'en' NOT NULL;;
