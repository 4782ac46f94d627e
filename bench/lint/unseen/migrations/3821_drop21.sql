CREATE TABLE tmp_import21 (id bigint, raw text);
DROP TABLE tmp_import21;;
