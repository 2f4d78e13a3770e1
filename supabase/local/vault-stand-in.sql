-- Local test support, NOT a migration: a stand-in for the supabase_vault extension (0.3.x) for
-- servers that do not ship it (the embedded Postgres and Debian's do not). Same table, view,
-- function signatures and grants as hosted Supabase (see shared/reference/supabase-http.md,
-- "Supabase Vault"), so code written against it runs unchanged on a real project. Run as the
-- cluster superuser, after bootstrap.sql.
--
-- Encryption: deterministic authenticated encryption in SIV style built from pgcrypto, with the
-- secret's id as associated data, as Vault does (libsodium's crypto_aead_det there):
--   siv = HMAC-SHA256(mac_key, context ‖ nonce ‖ id ‖ plaintext, each length-prefixed)[0:16]
--   ciphertext = siv ‖ AES-256-CBC(enc_key, iv = siv, plaintext)
-- Decryption recomputes the siv and rejects a mismatch, so a ciphertext moved to another row or
-- altered fails. Reusing the row's nonce on update (as Vault does) reveals only equality.
--
-- The root key sits in a superuser-owned table in schema vault_root_key, on which no other role
-- has USAGE; only the SECURITY DEFINER functions below (owned by the superuser) read it. Like
-- hosted Vault, SQL roles can decrypt through the view but never read the key.

create schema vault_root_key;
revoke all on schema vault_root_key from public;

create table vault_root_key.root_key (
  id int primary key default 1 check (id = 1),
  enc_key bytea not null,
  mac_key bytea not null
);
revoke all on table vault_root_key.root_key from public;
insert into vault_root_key.root_key (enc_key, mac_key)
values (extensions.gen_random_bytes(32), extensions.gen_random_bytes(32));

create schema vault;

create function vault._crypto_aead_det_noncegen() returns bytea
  language sql volatile security definer set search_path = ''
as $$ select extensions.gen_random_bytes(16) $$;

-- The synthetic IV: binds plaintext, associated data, nonce and context under the MAC key.
create function vault_root_key.siv(message bytea, additional bytea, context bytea, nonce bytea)
returns bytea
  language sql stable security definer set search_path = ''
as $$
  select substring(
    extensions.hmac(
      int4send(length(coalesce(context, ''))) || coalesce(context, '')
        || int4send(length(coalesce(nonce, ''))) || coalesce(nonce, '')
        || int4send(length(additional)) || additional
        || message,
      (select k.mac_key from vault_root_key.root_key k),
      'sha256'
    ) from 1 for 16)
$$;
revoke all on function vault_root_key.siv(bytea, bytea, bytea, bytea) from public;

create function vault._crypto_aead_det_encrypt(
  message bytea, additional bytea, key_id bigint, context bytea = 'pgsodium', nonce bytea = null
) returns bytea
  language plpgsql stable security definer set search_path = ''
as $$
declare
  v_siv bytea := vault_root_key.siv(message, additional, context, nonce);
begin
  return v_siv || extensions.encrypt_iv(
    message, (select k.enc_key from vault_root_key.root_key k), v_siv, 'aes-cbc/pad:pkcs');
end
$$;

create function vault._crypto_aead_det_decrypt(
  message bytea, additional bytea, key_id bigint, context bytea = 'pgsodium', nonce bytea = null
) returns bytea
  language plpgsql stable security definer set search_path = ''
as $$
declare
  v_siv bytea := substring(message from 1 for 16);
  v_plain bytea;
begin
  begin
    v_plain := extensions.decrypt_iv(
      substring(message from 17), (select k.enc_key from vault_root_key.root_key k), v_siv,
      'aes-cbc/pad:pkcs');
  exception when others then
    v_plain := null;
  end;
  if v_plain is null or length(message) < 32
     or vault_root_key.siv(v_plain, additional, context, nonce) <> v_siv then
    raise exception 'vault: invalid ciphertext' using errcode = '22000';
  end if;
  return v_plain;
end
$$;

create table vault.secrets (
  id uuid primary key default gen_random_uuid(),
  name text,
  description text not null default '',
  secret text not null,
  key_id uuid,
  nonce bytea default vault._crypto_aead_det_noncegen(),
  created_at timestamptz not null default current_timestamp,
  updated_at timestamptz not null default current_timestamp
);
comment on table vault.secrets is 'Table with encrypted `secret` column for storing sensitive information on disk.';
create unique index secrets_name_idx on vault.secrets using btree (name) where name is not null;

create view vault.decrypted_secrets as
select s.id,
  s.name,
  s.description,
  s.secret,
  convert_from(
    vault._crypto_aead_det_decrypt(
      message := decode(s.secret, 'base64'),
      additional := convert_to(s.id::text, 'utf8'),
      key_id := 0,
      context := 'pgsodium'::bytea,
      nonce := s.nonce
    ),
    'utf8'
  ) as decrypted_secret,
  s.key_id,
  s.nonce,
  s.created_at,
  s.updated_at
from vault.secrets s;

-- Unlike vault 0.3.0 (which inserts the plaintext and then updates it, leaving a dead tuple with
-- the plaintext until VACUUM), the stand-in encrypts before the one INSERT.
create function vault.create_secret(
  new_secret text, new_name text = null, new_description text = '', new_key_id uuid = null
) returns uuid
  language plpgsql security definer set search_path = ''
as $$
declare
  v_id uuid := gen_random_uuid();
  v_nonce bytea := vault._crypto_aead_det_noncegen();
begin
  insert into vault.secrets (id, secret, name, description, nonce)
  values (
    v_id,
    encode(vault._crypto_aead_det_encrypt(
      message := convert_to(new_secret, 'utf8'),
      additional := convert_to(v_id::text, 'utf8'),
      key_id := 0,
      context := 'pgsodium'::bytea,
      nonce := v_nonce
    ), 'base64'),
    new_name,
    coalesce(new_description, ''),
    v_nonce
  );
  return v_id;
end
$$;

create function vault.update_secret(
  secret_id uuid, new_secret text = null, new_name text = null, new_description text = null,
  new_key_id uuid = null
) returns void
  language plpgsql security definer set search_path = ''
as $$
begin
  update vault.secrets s
  set
    secret = case when new_secret is null then s.secret
                  else encode(vault._crypto_aead_det_encrypt(
                    message := convert_to(new_secret, 'utf8'),
                    additional := convert_to(s.id::text, 'utf8'),
                    key_id := 0,
                    context := 'pgsodium'::bytea,
                    nonce := s.nonce
                  ), 'base64') end,
    name = coalesce(new_name, s.name),
    description = coalesce(new_description, s.description),
    updated_at = now()
  where s.id = secret_id;
end
$$;

-- Nobody but the superuser may INSERT directly or call the nonce generator, so a direct INSERT
-- fails as it does on hosted projects. The grants hosted Supabase gives are in vault-grants.sql.
revoke all on all functions in schema vault from public;

-- Rotates the root key while no secret exists yet, so every throwaway database made from a cached
-- template gets its own key. Called by database.ts at start; a no-op once secrets exist.
create function vault_root_key.rekey_if_empty() returns void
  language sql security definer set search_path = ''
as $$
  update vault_root_key.root_key
     set enc_key = extensions.gen_random_bytes(32), mac_key = extensions.gen_random_bytes(32)
   where not exists (select 1 from vault.secrets);
$$;
revoke all on function vault_root_key.rekey_if_empty() from public;
