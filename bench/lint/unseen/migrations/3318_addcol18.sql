ALTER TABLE accounts
  ADD COLUMN max_seats integer NOT NULL DEFAULT 5,
  ADD CONSTRAINT accounts_max_seats_min18 CHECK (max_seats >= 1);;
