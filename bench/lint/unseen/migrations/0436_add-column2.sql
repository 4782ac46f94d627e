ALTER TABLE accounts ADD COLUMN kind text NOT NULL DEFAULT 'personal', ADD COLUMN vip boolean DEFAULT false;
