CREATE INDEX logs_at_idx17 ON logs (at);
CLUSTER logs USING logs_at_idx17;;
