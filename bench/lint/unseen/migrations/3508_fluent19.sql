CREATE TABLE "public"."Tenants" ("Id" uuid NOT NULL, "Name" text NOT NULL, CONSTRAINT "PK_Tenants" PRIMARY KEY ("Id"));
ALTER TABLE "public"."customers" ADD "TenantId" uuid;
ALTER TABLE "public"."customers" ADD CONSTRAINT "FK_customers_TenantId_Tenants_Id" FOREIGN KEY ("TenantId") REFERENCES "public"."Tenants" ("Id");;
