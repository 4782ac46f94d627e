ALTER TABLE shipments
  ADD COLUMN carrier text,
  ADD COLUMN tracking_no text NOT NULL DEFAULT '',
  ADD COLUMN weight_g integer;;
