import { z } from 'zod';
import type { ProviderType } from './providers.ts';

/*
 * Credential schemas, one per provider. These describe the SECRET part only; non-secret settings
 * (region, base URL, authority host, organization) live in the config schemas in
 * `integration-config.ts`. Both processes use them: the renderer for form validation, main as the
 * gate in front of the vault. Error messages name the field and never echo the value.
 */

const MAX_SECRET_LENGTH = 64 * 1024;

/** OpenAI secret keys: legacy `sk-…`, project `sk-proj-…`, service account `sk-svcacct-…`, admin `sk-admin-…`. */
const OPENAI_KEY_PATTERN = /^sk-[A-Za-z0-9_-]{20,300}$/;
export const openAiCredentialsSchema = z.object({
  apiKey: z.string().trim().regex(OPENAI_KEY_PATTERN, { message: 'openai_key_format' }),
});

/** AWS: long-term (AKIA) or temporary (ASIA, which needs its session token). */
export const awsCredentialsSchema = z
  .object({
    accessKeyId: z
      .string()
      .trim()
      .regex(/^(AKIA|ASIA)[A-Z0-9]{16}$/, {
        message: 'aws_access_key_id_format',
      }),
    secretAccessKey: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9/+=]{40}$/, { message: 'aws_secret_format' }),
    sessionToken: z
      .string()
      .trim()
      .min(16, { message: 'aws_session_token_short' })
      .max(8192, { message: 'aws_session_token_long' })
      .optional(),
  })
  .refine((value) => !value.accessKeyId.startsWith('ASIA') || value.sessionToken, {
    message: 'aws_session_token_required',
    path: ['sessionToken'],
  });

const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A tenant is a directory GUID or one of its verified domains (contoso.onmicrosoft.com). */
const TENANT_PATTERN =
  /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[a-z0-9-]+(\.[a-z0-9-]+)+)$/i;

export const azureCredentialsSchema = z.object({
  tenantId: z.string().trim().regex(TENANT_PATTERN, { message: 'azure_tenant_format' }),
  clientId: z.string().trim().regex(GUID_PATTERN, { message: 'azure_client_id_format' }),
  clientSecret: z
    .string()
    .min(8, { message: 'azure_secret_short' })
    .max(1024, { message: 'azure_secret_long' }),
});

const PEM_PRIVATE_KEY =
  /^-----BEGIN (RSA )?PRIVATE KEY-----\r?\n[A-Za-z0-9+/=\r\n]+-----END (RSA )?PRIVATE KEY-----\s*$/;

/** The fields of a Google Cloud service-account key file; other fields are kept as they are. */
export const googleServiceAccountSchema = z.looseObject({
  type: z.literal('service_account', {
    message: 'google_not_service_account',
  }),
  project_id: z.string().trim().min(1, { message: 'google_project_id_missing' }).max(100),
  client_email: z.email({ message: 'google_client_email_format' }),
  private_key_id: z
    .string()
    .regex(/^[0-9a-f]{16,64}$/i, { message: 'google_private_key_id_format' }),
  private_key: z
    .string()
    .max(MAX_SECRET_LENGTH)
    .regex(PEM_PRIVATE_KEY, { message: 'google_private_key_format' }),
  token_uri: z.url({ message: 'google_token_uri_format' }),
});

/**
 * The same, plus proof that `private_key` really is a usable RSA key (WebCrypto exists in both
 * Electron processes and in Node, so this runs on either side). Parse with `parseAsync`.
 */
export const googleCredentialsSchema = googleServiceAccountSchema.refine(
  async (value) => isImportableRsaKey(value.private_key),
  { message: 'google_private_key_unreadable', path: ['private_key'] },
);

async function isImportableRsaKey(pem: string): Promise<boolean> {
  if (pem.includes('BEGIN RSA PRIVATE KEY')) {
    // PKCS#1 keys are not importable by WebCrypto; Google issues PKCS#8, so reject rather than guess.
    return false;
  }
  const base64 = pem.replace(/-----(BEGIN|END) PRIVATE KEY-----/g, '').replace(/\s+/g, '');
  try {
    const der = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    await globalThis.crypto.subtle.importKey(
      'pkcs8',
      der,
      { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    return true;
  } catch {
    return false;
  }
}

/** Parses pasted service-account JSON text into the object the schema checks. */
export const googleServiceAccountJsonSchema = z
  .string()
  .max(MAX_SECRET_LENGTH, { message: 'google_key_file_too_large' })
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({
        code: 'custom',
        message: 'google_key_file_not_json',
      });
      return z.NEVER;
    }
  })
  .pipe(googleCredentialsSchema);

export type OpenAiCredentials = z.infer<typeof openAiCredentialsSchema>;
export type AwsCredentials = z.infer<typeof awsCredentialsSchema>;
export type AzureCredentials = z.infer<typeof azureCredentialsSchema>;
export type GoogleCredentials = z.infer<typeof googleServiceAccountSchema>;

export interface CredentialsByProvider {
  openai: OpenAiCredentials;
  aws: AwsCredentials;
  azure: AzureCredentials;
  google_cloud: GoogleCredentials;
}

/** Input schemas (use `parseAsync`: the Google one checks the key). */
export const credentialsSchemaByProvider = {
  openai: openAiCredentialsSchema,
  aws: awsCredentialsSchema,
  azure: azureCredentialsSchema,
  google_cloud: googleCredentialsSchema,
} as const satisfies Record<ProviderType, z.ZodType>;
