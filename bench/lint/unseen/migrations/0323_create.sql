CREATE TEMP TABLE tmp_ids (id bigint);
