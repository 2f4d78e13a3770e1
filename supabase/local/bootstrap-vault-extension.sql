-- Local test support, NOT a migration: on a server that ships the real supabase_vault extension,
-- database.ts installs it instead of vault-stand-in.sql (vault-grants.sql then adds the grants).
create extension if not exists supabase_vault cascade;

