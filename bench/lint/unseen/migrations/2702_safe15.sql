ALTER TABLE logs ADD CONSTRAINT logs_msg_not_blank CHECK (msg <> '') NOT VALID;
ALTER TABLE logs VALIDATE CONSTRAINT logs_msg_not_blank;;
