CREATE TABLE metrics_default PARTITION OF metrics DEFAULT;;
