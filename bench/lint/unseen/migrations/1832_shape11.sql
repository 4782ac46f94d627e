CREATE TABLE tenant_users (tenant_id bigint NOT NULL, id bigint NOT NULL, PRIMARY KEY (tenant_id, id));
CREATE TABLE tenant_docs (
  tenant_id bigint NOT NULL,
  id bigint NOT NULL,
  author_id bigint,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, author_id) REFERENCES tenant_users (tenant_id, id) ON DELETE SET NULL (author_id)
);;
