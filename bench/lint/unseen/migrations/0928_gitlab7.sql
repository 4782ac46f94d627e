ALTER TABLE "posts" ADD "headline" character varying;
CREATE OR REPLACE FUNCTION trigger_3f1a9b0c5d2e() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."headline" := NEW."title";
  RETURN NEW;
END
$$;
CREATE TRIGGER trigger_3f1a9b0c5d2e BEFORE INSERT OR UPDATE ON "posts" FOR EACH ROW EXECUTE FUNCTION trigger_3f1a9b0c5d2e();
