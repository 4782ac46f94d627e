CREATE TYPE day_range16 AS RANGE (subtype = date, multirange_type_name = day_multirange16);;
