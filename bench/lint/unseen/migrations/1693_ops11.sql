ANALYZE logs;;
