-- Google Gemini API (issue #11, section 2): an AI Studio API key, stored bare (`AIza` and 35 more
-- characters); nothing is set with it (the host, generativelanguage.googleapis.com, is fixed in the
-- app), so nothing is bound.
-- (shared/providers/gemini.ts; test/db/provider-catalog.test.ts compares them.)
insert into private.provider_catalog
  (type, position, stored_as, key_pattern, key_max_length, key_problem, legacy_type_names,
   hint_template)
values
  ('gemini', 7, 'bare_key', '^AIza[0-9A-Za-z_-]{35}$', 39, 'a Gemini API key (AIza...)',
   array['gemini', 'google_gemini', 'google_ai_studio', 'ai_studio'], 'AIza…{last4}');
