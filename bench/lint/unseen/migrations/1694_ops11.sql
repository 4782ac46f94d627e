-- refresh planner statistics everywhere after the bulk import
ANALYZE;;
