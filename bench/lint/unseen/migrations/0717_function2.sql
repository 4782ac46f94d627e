ALTER FUNCTION touch() RENAME TO touch_row;
