DROP EXTENSION IF EXISTS no_such_extension;
