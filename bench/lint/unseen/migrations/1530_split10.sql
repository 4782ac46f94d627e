CREATE VIEW all_sales AS
SELECT region, amount FROM sales
UNION ALL
SELECT 'legacy', v FROM archive_2023;;
