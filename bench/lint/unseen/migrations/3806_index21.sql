CREATE INDEX metrics_v_idx21 ON ONLY metrics (v);
CREATE INDEX CONCURRENTLY metrics_2024_v_idx21 ON metrics_2024 (v);
ALTER INDEX metrics_v_idx21 ATTACH PARTITION metrics_2024_v_idx21;;
