CREATE TABLE notifcations (id bigserial PRIMARY KEY, user_id bigint NOT NULL, body text);
ALTER TABLE notifcations RENAME TO notifications;;
