CREATE PUBLICATION logs_pub16 FOR TABLE logs WITH (publish_via_partition_root = true);;
