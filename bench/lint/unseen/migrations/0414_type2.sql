DROP TYPE IF EXISTS no_such_type;
