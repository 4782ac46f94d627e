-- depends: 20240103_01_Lm4pQ-add-phone
-- transactional: false

CREATE INDEX CONCURRENTLY customers_region_created_idx19 ON customers (region, created_at);;
