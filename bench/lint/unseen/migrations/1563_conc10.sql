ANALYZE users;;
