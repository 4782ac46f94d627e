DROP TYPE IF EXISTS legacy_state;;
