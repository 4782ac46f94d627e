ALTER TABLE shipments ADD CONSTRAINT shipments_state_check
  CHECK (state IN ('new', 'packed', 'shipped', 'delivered')) NOT VALID;;
