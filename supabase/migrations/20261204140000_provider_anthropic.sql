-- Anthropic (issue #11, section 2): the key is stored bare (`sk-ant-…`), as OpenAI's; nothing is
-- set with it (the host, api.anthropic.com, is fixed in the app), so nothing is bound.
-- (shared/providers/anthropic.ts; test/db/provider-catalog.test.ts compares them.)
insert into private.provider_catalog
  (type, position, stored_as, key_pattern, key_max_length, key_problem, legacy_type_names,
   hint_template)
values
  ('anthropic', 6, 'bare_key', '^sk-ant-[A-Za-z0-9_-]{20,}$', 307,
   'an Anthropic API key (sk-ant-...)', array['anthropic', 'claude'], 'sk-ant-…{last4}');
