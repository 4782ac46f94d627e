CREATE TYPE float_range16 AS RANGE (subtype = float8, subtype_diff = int4mi);;
