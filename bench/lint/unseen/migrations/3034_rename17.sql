ALTER TABLE shipments ADD COLUMN state17 text;
ALTER TABLE shipments RENAME COLUMN state17 TO status17;;
