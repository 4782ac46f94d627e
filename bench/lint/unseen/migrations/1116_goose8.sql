-- +goose Up
-- +goose StatementBegin
CREATE OR REPLACE FUNCTION notify_post_change() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('posts', NEW.id::text);
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
-- +goose StatementEnd
CREATE TRIGGER posts_notify AFTER INSERT OR UPDATE ON posts FOR EACH ROW EXECUTE FUNCTION notify_post_change();
