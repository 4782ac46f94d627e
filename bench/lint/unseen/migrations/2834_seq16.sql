ALTER SEQUENCE posts_id_seq AS integer;;
