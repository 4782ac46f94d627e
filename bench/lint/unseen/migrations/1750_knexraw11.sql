ALTER TABLE accounts ADD COLUMN settings jsonb NOT NULL DEFAULT '{}'::jsonb;
UPDATE accounts SET settings = jsonb_set(settings, '{theme}', '"dark"') WHERE id = ANY('{4,8,15}'::bigint[]);
