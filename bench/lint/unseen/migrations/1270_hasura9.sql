CREATE TABLE "public"."user_roles" ("user_id" bigint NOT NULL, "role" text NOT NULL, PRIMARY KEY ("user_id","role") , FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON UPDATE cascade ON DELETE cascade);
COMMENT ON TABLE "public"."user_roles" IS E'roles granted to users';;
