CREATE INDEX logs_2024_msg_idx17 ON logs_2024 (msg);;
