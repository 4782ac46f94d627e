ANALYZE (SKIP_LOCKED) accounts, users;;
