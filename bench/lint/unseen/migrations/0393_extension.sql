CREATE EXTENSION no_such_extension;
