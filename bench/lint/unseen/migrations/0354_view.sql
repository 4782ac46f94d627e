DROP VIEW IF EXISTS no_such_view;
