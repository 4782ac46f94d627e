CREATE FUNCTION search_posts9(q text) RETURNS SETOF posts LANGUAGE sql STABLE AS $$
  SELECT * FROM posts WHERE to_tsvector('english', title) @@ websearch_to_tsquery('english', q)
$$;;
