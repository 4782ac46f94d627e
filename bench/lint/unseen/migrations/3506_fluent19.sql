CREATE TABLE "public"."Tenants" ("Id" uuid NOT NULL, "Name" text NOT NULL, CONSTRAINT "PK_Tenants" PRIMARY KEY ("Id"));;
