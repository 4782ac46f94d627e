ALTER TABLE logs ADD CONSTRAINT logs_msg_len CHECK (length(msg) < 10000);
