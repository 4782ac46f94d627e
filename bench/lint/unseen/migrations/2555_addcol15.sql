ALTER TABLE IF EXISTS legacy_widgets ADD COLUMN note text;;
