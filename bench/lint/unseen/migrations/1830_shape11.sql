MERGE INTO users u
USING (SELECT user_id, count(*) AS n FROM posts GROUP BY user_id) p ON u.id = p.user_id
WHEN MATCHED THEN UPDATE SET login_count = p.n;;
