ALTER TABLE events ADD COLUMN seq2 bigserial;
