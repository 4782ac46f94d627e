ALTER TABLE users ADD COLUMN meta2 jsonb DEFAULT jsonb_build_object('v', 1);
