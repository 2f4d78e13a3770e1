/**
 * Words for the validation keys of the shared zod schemas (shared/credentials.ts,
 * integration-config.ts, integration.ts): the schemas carry a key, never an English sentence, so
 * main and the renderer report the same problem and the renderer says it in the user's language.
 */
export const validationKeysEn = {
  openai_key_format: 'Enter an OpenAI secret key (it starts with "sk-").',
  anthropic_key_format: 'Enter an Anthropic API key (it starts with "sk-ant-").',
  azure_openai_key_format:
    'Enter a key of the resource (Keys and Endpoint): 32 to 128 letters and digits.',
  azure_openai_endpoint_host:
    'Enter the resource endpoint: https://<resource>.openai.azure.com (or .cognitiveservices.azure.com, .services.ai.azure.com), with no path.',
  azure_openai_api_version_format: 'Enter an API version such as 2024-10-21 or 2025-04-01-preview.',
  mistral_key_format: 'Enter a Mistral API key (32 letters and digits).',
  gemini_key_format:
    'Enter a Gemini API key from Google AI Studio (39 characters, starting with "AIza").',
  compatible_key_format: 'Enter the service’s API key: 8 to 512 characters, without spaces.',
  compatible_preset_choice: 'Choose one of the listed services, or Custom.',
  compatible_base_url_required: 'Enter the base URL of your server or gateway.',
  compatible_base_url_fixed: 'A listed service uses its own address: leave the base URL empty.',
  aws_access_key_id_format: 'Enter an access key ID: 20 characters starting with AKIA or ASIA.',
  aws_secret_format: 'Enter the 40-character secret access key.',
  aws_session_token_short: 'The session token is too short.',
  aws_session_token_long: 'The session token is too long.',
  aws_session_token_required: 'Temporary (ASIA…) keys need their session token.',
  azure_tenant_format: 'Enter the directory (tenant) ID or its domain.',
  azure_client_id_format: 'Enter the application (client) ID, a GUID.',
  azure_secret_short: 'Enter the client secret value (not its ID).',
  azure_secret_long: 'The client secret is too long.',
  google_not_service_account:
    'This is not a service-account key (its "type" must be "service_account").',
  google_project_id_missing: 'project_id is missing.',
  google_client_email_format: 'client_email must be the service account e-mail.',
  google_private_key_id_format: 'private_key_id is missing or malformed.',
  google_private_key_format: 'private_key must be a PEM private key.',
  google_token_uri_format: 'token_uri must be a URL.',
  google_private_key_unreadable: 'private_key could not be read as an RSA private key.',
  google_key_file_too_large: 'The key file is too large.',
  google_key_file_not_json: 'This is not valid JSON. Paste the whole key file.',
  url_format: 'Enter a full URL (https://…).',
  url_https_only: 'Use https (http only for localhost).',
  openai_organization_format: 'Organization IDs look like org-…',
  openai_project_format: 'Project IDs look like proj_…',
  aws_region_format: 'Enter an AWS region such as us-east-1.',
  azure_cloud_choice: 'Choose one of Microsoft’s clouds: global, US Government or China.',
  integration_id_format: 'Not a valid integration id.',
  name_required: 'Give the integration a name.',
  name_too_long: 'Names are at most 100 characters.',
  bound_setting_change:
    'This setting travels with your key to the provider, so it changes only together with the key: use “Rotate credentials” and enter the key again.',
  value_invalid: 'This value is not valid.',
  server_refused_value: 'The server refused this value.',
  project_url_required: 'Enter your Supabase project URL.',
  project_url_invalid: 'Enter a URL such as https://your-project.supabase.co.',
  project_url_insecure:
    'Use an https:// URL. Plain http:// is allowed only for a local Supabase on 127.0.0.1 or localhost.',
  project_url_not_https: 'Enter an https:// URL.',
  project_url_has_credentials: 'Remove the user name and password from the URL.',
  project_url_not_root:
    'Use the project URL alone, like https://your-project.supabase.co, without a path such as /rest/v1.',
  project_key_required: "Enter your project's anon (publishable) key.",
  project_key_secret:
    'This is a secret key (sb_secret_…). It must never be put in a desktop app: it bypasses Row Level Security, and anyone with the app could read it. Paste the anon or publishable key instead (Project Settings → API Keys).',
  project_key_service_role:
    'This is the service_role key. It must never be put in a desktop app: it bypasses Row Level Security, and anyone with the app could read it. Paste the anon or publishable key instead (Project Settings → API Keys).',
  project_key_wrong_role: 'This key is not an anon key. Paste the anon (publishable) key.',
  project_key_unknown:
    'This does not look like a Supabase anon key (a long token starting with eyJ) or a publishable key (starting with sb_publishable_).',
  project_key_other_project: 'This key belongs to another project than the URL.',
  email_invalid: 'Enter a valid e-mail address.',
  password_required: 'Enter your password.',
  code_format: 'Enter the 6 digits your authenticator app shows.',
  factor_name_required: 'Give this device a name.',
  password_too_short: 'Use at least 8 characters.',
  password_too_long: 'Passwords are at most 72 bytes (accents and emoji count double or more).',
};
