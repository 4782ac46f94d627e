CREATE TABLE api_scopes (
  app_id bigint NOT NULL,
  scope text NOT NULL,
  tenant_id bigint,
  UNIQUE NULLS NOT DISTINCT (app_id, scope, tenant_id)
);;
