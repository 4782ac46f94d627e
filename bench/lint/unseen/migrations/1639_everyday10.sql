-- after the tax backfill
ANALYZE orders;;
