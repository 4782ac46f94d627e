ALTER TABLE shipments ADD COLUMN dims integer[] DEFAULT '{0,0,0}';;
