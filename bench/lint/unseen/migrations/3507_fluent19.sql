CREATE TABLE "public"."Tenants" ("Id" uuid NOT NULL, "Name" text NOT NULL, CONSTRAINT "PK_Tenants" PRIMARY KEY ("Id"));
ALTER TABLE "public"."Tenants" ADD "Slug" text NOT NULL DEFAULT '';
CREATE UNIQUE INDEX "IX_Tenants_Slug" ON "public"."Tenants" ("Slug" ASC);;
