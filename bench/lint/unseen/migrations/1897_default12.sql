ALTER TABLE users ADD COLUMN settings jsonb NOT NULL DEFAULT jsonb_build_object('created', now());;
