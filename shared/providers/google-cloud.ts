import { z } from 'zod';
import { defineProvider } from './descriptor.ts';
import { TOO_LONG } from '../field-issues.ts';

const MAX_SECRET_LENGTH = 64 * 1024;

const PEM_PRIVATE_KEY =
  /^-----BEGIN (RSA )?PRIVATE KEY-----\r?\n[A-Za-z0-9+/=\r\n]+-----END (RSA )?PRIVATE KEY-----\s*$/;

/** The fields of a Google Cloud service-account key file; other fields are kept as they are. */
export const googleServiceAccountSchema = z.looseObject({
  type: z.literal('service_account', {
    message: 'google_not_service_account',
  }),
  project_id: z.string().trim().min(1, { message: 'google_project_id_missing' }).max(100, TOO_LONG),
  client_email: z.email({ message: 'google_client_email_format' }),
  private_key_id: z
    .string()
    .regex(/^[0-9a-f]{16,64}$/i, { message: 'google_private_key_id_format' }),
  private_key: z
    .string()
    .max(MAX_SECRET_LENGTH, TOO_LONG)
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

export type GoogleCredentials = z.infer<typeof googleServiceAccountSchema>;

export const googleCloudConfigSchema = z.strictObject({});
export type GoogleCloudConfig = z.infer<typeof googleCloudConfigSchema>;

export const googleCloudProvider = defineProvider({
  id: 'google_cloud',
  name: 'Google Cloud',
  credentials: googleCredentialsSchema,
  config: googleCloudConfigSchema,
  // The token endpoint is fixed in the library: nothing the user sets travels with the key.
  boundConfigKeys: [],
  storedAs: 'json',
  // The key's id too: not a secret by itself, but the database has always redacted it.
  secretFields: ['private_key', 'privateKey', 'private_key_id'],
  legacyFieldNames: {},
  legacyTypeNames: ['google_cloud', 'googlecloud', 'google', 'gcp', 'gcloud'],
  hint: ({ client_email, project_id }) => `${client_email} · ${project_id}`,
  docsLinks: ['https://console.cloud.google.com/', 'https://cloud.google.com/'],
});
