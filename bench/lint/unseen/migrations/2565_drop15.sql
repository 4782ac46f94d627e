CREATE TABLE scratch_import (id int, raw text);
ALTER TABLE scratch_import DROP COLUMN raw;;
