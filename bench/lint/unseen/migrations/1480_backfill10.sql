WITH batch AS (
  SELECT ctid FROM events WHERE kind = 'k' LIMIT 1000
)
UPDATE events SET kind = 'page_view'
  FROM batch
 WHERE events.ctid = batch.ctid;;
