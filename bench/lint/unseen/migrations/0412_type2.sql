CREATE TYPE int_span AS RANGE (subtype = integer);
