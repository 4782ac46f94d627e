CREATE UNLOGGED TABLE import_buffer (line text);
