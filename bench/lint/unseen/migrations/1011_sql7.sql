CREATE TYPE delivery_window AS (starts_at time, ends_at time);
