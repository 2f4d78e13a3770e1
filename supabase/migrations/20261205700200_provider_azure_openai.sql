-- Azure OpenAI (issue #11, section 2): a resource key, stored bare (32 hexadecimal characters for
-- older resources, 84 letters and digits for newer ones). The endpoint decides where the key goes
-- and the API version is sent with it, so both are bound to the key (private.changed_bound_key
-- refuses changing them without a rotation).
-- (shared/providers/azure-openai.ts; test/db/provider-catalog.test.ts compares them.)
insert into private.provider_catalog
  (type, position, stored_as, key_pattern, key_max_length, key_problem, bound_config_keys,
   legacy_type_names, hint_template)
values
  ('azure_openai', 9, 'bare_key', '^[A-Za-z0-9]{32,}$', 128,
   'an Azure OpenAI resource key (32 to 128 letters and digits)', array['endpoint', 'apiVersion'],
   array['azure_openai', 'azureopenai', 'aoai'], '…{last4}');
