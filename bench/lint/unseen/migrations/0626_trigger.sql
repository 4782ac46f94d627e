ALTER TRIGGER posts_touch ON posts RENAME TO posts_set_updated;
