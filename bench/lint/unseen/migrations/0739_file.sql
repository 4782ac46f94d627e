SET search_path TO public, pg_catalog;
