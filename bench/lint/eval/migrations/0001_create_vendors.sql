-- lockstep:irreversible
-- UP
-- Vendors for the marketplace pilot (PROJ-118).
CREATE TABLE vendors (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name        varchar(50) NOT NULL,
  website     varchar(100),
  code        varchar(20) NOT NULL,
  rating      numeric(3, 1),
  legacy_ref  integer,
  metadata    json,
  onboarded_at timestamp
);

CREATE INDEX vendors_name_idx ON vendors (name);

CREATE TABLE vendor_contacts (
  id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  vendor_id bigint NOT NULL REFERENCES vendors (id) ON DELETE CASCADE,
  email     text NOT NULL,
  is_primary boolean NOT NULL DEFAULT false
);
