-- OpenAI-compatible services (issue #11, section 2): DeepSeek, Groq, OpenRouter, xAI, Together AI
-- as presets with a fixed host, or a custom base URL. The key is stored bare, as OpenAI's; keys
-- differ by service, so the check is only "printable, no spaces, 8-512 characters". The preset
-- and the custom URL decide where the key is sent, so both are bound to it.
-- (shared/providers/openai-compatible.ts; test/db/provider-catalog.test.ts compares them.)
insert into private.provider_catalog
  (type, position, stored_as, key_pattern, key_max_length, key_problem, bound_config_keys,
   legacy_type_names, hint_template)
values
  ('openai_compatible', 5, 'bare_key', '^[!-~]{8,}$', 512, 'an API key (printable, no spaces)',
   array['preset', 'baseUrl'], array['openai_compatible'], '…{last4}');
