ALTER TABLE events SET (toast.autovacuum_enabled = false);
