-- Local test support, NOT a migration: the grants hosted Supabase gives on Vault
-- (shared/reference/supabase-http.md, "Supabase Vault"). postgres (with grant option) and
-- service_role may read, delete, create and update; anon and authenticated get nothing, not even
-- USAGE on the schema. database-setup.ts runs this after the real extension or the stand-in.
grant usage on schema vault to postgres with grant option;
grant usage on schema vault to service_role;
grant select, delete on vault.secrets, vault.decrypted_secrets to postgres with grant option;
grant select, delete on vault.secrets, vault.decrypted_secrets to service_role;
grant execute on function vault.create_secret(text, text, text, uuid),
  vault.update_secret(uuid, text, text, text, uuid),
  vault._crypto_aead_det_decrypt(bytea, bytea, bigint, bytea, bytea)
  to postgres with grant option;
grant execute on function vault.create_secret(text, text, text, uuid),
  vault.update_secret(uuid, text, text, text, uuid),
  vault._crypto_aead_det_decrypt(bytea, bytea, bigint, bytea, bytea)
  to service_role;
