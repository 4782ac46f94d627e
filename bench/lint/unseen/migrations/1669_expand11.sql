ALTER TABLE logs ADD CONSTRAINT logs_msg_present CHECK (msg IS NOT NULL) NOT VALID;
-- its own migration, after logs_msg_present was added NOT VALID
ALTER TABLE logs VALIDATE CONSTRAINT logs_msg_present;;
