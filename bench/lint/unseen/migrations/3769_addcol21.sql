ALTER TABLE events ADD COLUMN created_by text COLLATE "C" NOT NULL DEFAULT 'system';;
