import type { validationKeysEn } from './validation.en.ts';

/** Spanish words for the shared schemas' validation keys (see validation.en.ts). */
export const validationKeysEs: typeof validationKeysEn = {
  openai_key_format: 'Introduce una clave secreta de OpenAI (empieza por "sk-").',
  anthropic_key_format: 'Introduce una clave de API de Anthropic (empieza por "sk-ant-").',
  azure_openai_key_format:
    'Introduce una clave del recurso (Claves y punto de conexión): de 32 a 128 letras y cifras.',
  azure_openai_endpoint_host:
    'Introduce el punto de conexión del recurso: https://<recurso>.openai.azure.com (o .cognitiveservices.azure.com, .services.ai.azure.com), sin ruta.',
  azure_openai_api_version_format:
    'Introduce una versión de la API como 2024-10-21 o 2025-04-01-preview.',
  mistral_key_format: 'Introduce una clave de API de Mistral (32 letras y cifras).',
  gemini_key_format:
    'Introduce una clave de la API de Gemini de Google AI Studio (39 caracteres, empieza por "AIza").',
  compatible_key_format:
    'Introduce la clave de API del servicio: de 8 a 512 caracteres, sin espacios.',
  compatible_preset_choice: 'Elige uno de los servicios de la lista, o Personalizado.',
  compatible_base_url_required: 'Introduce la URL base de tu servidor o pasarela.',
  compatible_base_url_fixed:
    'Un servicio de la lista usa su propia dirección: deja vacía la URL base.',
  aws_access_key_id_format:
    'Introduce un ID de clave de acceso: 20 caracteres que empiezan por AKIA o ASIA.',
  aws_secret_format: 'Introduce la clave de acceso secreta de 40 caracteres.',
  aws_session_token_short: 'El token de sesión es demasiado corto.',
  aws_session_token_long: 'El token de sesión es demasiado largo.',
  aws_session_token_required: 'Las claves temporales (ASIA…) necesitan su token de sesión.',
  azure_tenant_format: 'Introduce el ID de directorio (inquilino) o su dominio.',
  azure_client_id_format: 'Introduce el ID de aplicación (cliente), un GUID.',
  azure_secret_short: 'Introduce el valor del secreto de cliente (no su ID).',
  azure_secret_long: 'El secreto de cliente es demasiado largo.',
  google_not_service_account:
    'No es una clave de cuenta de servicio (su "type" debe ser "service_account").',
  google_project_id_missing: 'Falta project_id.',
  google_client_email_format: 'client_email debe ser el correo de la cuenta de servicio.',
  google_private_key_id_format: 'Falta private_key_id o no es válido.',
  google_private_key_format: 'private_key debe ser una clave privada PEM.',
  google_token_uri_format: 'token_uri debe ser una URL.',
  google_private_key_unreadable: 'private_key no se pudo leer como clave privada RSA.',
  google_key_file_too_large: 'El archivo de clave es demasiado grande.',
  google_key_file_not_json: 'No es un JSON válido. Pega el archivo de clave completo.',
  url_format: 'Introduce una URL completa (https://…).',
  url_https_only: 'Usa https (http solo para localhost).',
  openai_organization_format: 'Los ID de organización tienen la forma org-…',
  openai_project_format: 'Los ID de proyecto tienen la forma proj_…',
  aws_region_format: 'Introduce una región de AWS, como us-east-1.',
  azure_cloud_choice: 'Elige una de las nubes de Microsoft: global, Gobierno de EE. UU. o China.',
  integration_id_format: 'No es un identificador de integración válido.',
  name_required: 'Ponle un nombre a la integración.',
  name_too_long: 'Los nombres tienen como máximo 100 caracteres.',
  bound_setting_change:
    'Este ajuste viaja con tu clave al proveedor, así que solo cambia junto con ella: usa «Rotar credenciales» y vuelve a introducir la clave.',
  value_invalid: 'Este valor no es válido.',
  server_refused_value: 'El servidor rechazó este valor.',
  project_url_required: 'Introduce la URL de tu proyecto de Supabase.',
  project_url_invalid: 'Introduce una URL como https://tu-proyecto.supabase.co.',
  project_url_insecure:
    'Usa una URL https://. http:// sin cifrar solo se admite para un Supabase local en 127.0.0.1 o localhost.',
  project_url_not_https: 'Introduce una URL https://.',
  project_url_has_credentials: 'Quita el nombre de usuario y la contraseña de la URL.',
  project_url_not_root:
    'Usa solo la URL del proyecto, como https://tu-proyecto.supabase.co, sin una ruta como /rest/v1.',
  project_key_required: 'Introduce la clave anon (publicable) de tu proyecto.',
  project_key_secret:
    'Esta es una clave secreta (sb_secret_…). Nunca debe ponerse en una aplicación de escritorio: se salta la seguridad a nivel de fila (Row Level Security) y cualquiera que tenga la aplicación podría leerla. Pega en su lugar la clave anon o publicable (Project Settings → API Keys).',
  project_key_service_role:
    'Esta es la clave service_role. Nunca debe ponerse en una aplicación de escritorio: se salta la seguridad a nivel de fila (Row Level Security) y cualquiera que tenga la aplicación podría leerla. Pega en su lugar la clave anon o publicable (Project Settings → API Keys).',
  project_key_wrong_role: 'Esta clave no es una clave anon. Pega la clave anon (publicable).',
  project_key_unknown:
    'No parece una clave anon de Supabase (un token largo que empieza por eyJ) ni una clave publicable (que empieza por sb_publishable_).',
  project_key_other_project: 'Esta clave pertenece a otro proyecto distinto del de la URL.',
  email_invalid: 'Introduce una dirección de correo válida.',
  code_format: 'Introduce los 6 dígitos que muestra tu aplicación de autenticación.',
  factor_name_required: 'Ponle un nombre a este dispositivo.',
  password_required: 'Introduce tu contraseña.',
  password_too_short: 'Usa al menos 8 caracteres.',
  password_too_long:
    'Las contraseñas tienen como máximo 72 bytes (los acentos y emojis cuentan doble o más).',
};
