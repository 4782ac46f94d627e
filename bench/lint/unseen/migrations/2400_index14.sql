CREATE INDEX logs_msg_idx ON ONLY logs (msg);;
