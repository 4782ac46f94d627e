CREATE SCHEMA tenant_globex AUTHORIZATION postgres;;
