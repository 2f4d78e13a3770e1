-- Mistral AI (issue #11, section 2): the key is stored bare (32 letters and digits); nothing is set
-- with it (the host, api.mistral.ai, is fixed in the app), so nothing is bound.
-- (shared/providers/mistral.ts; test/db/provider-catalog.test.ts compares them.)
insert into private.provider_catalog
  (type, position, stored_as, key_pattern, key_max_length, key_problem, legacy_type_names,
   hint_template)
values
  ('mistral', 8, 'bare_key', '^[A-Za-z0-9]{32,}$', 64, 'a Mistral API key (32 letters and digits)',
   array['mistral', 'mistral_ai', 'mistralai'], '…{last4}');
